"""A row longer than 16 MiB (a binary file, or a file without line breaks) is refused with its line,
before it can take the memory of the run."""
import os
import subprocess
import sys
import tempfile

exe = sys.argv[1]
with tempfile.TemporaryDirectory() as tmp:
    data = os.path.join(tmp, "in.csv")
    with open(data, "w") as f:
        f.write("id," + ",".join(f"Q{n}" for n in range(1, 37)) + "\n")
        f.write("r1," + ",".join("4" for _ in range(36)) + "\n")
        f.write("r2," + "4" * (17 << 20) + "\n")
    for quoted in (False, True):
        if quoted:
            with open(data, "a") as f:
                f.write('"' + "x" * (17 << 20) + '"\n')
        proc = subprocess.run([exe, "score", "ecr-r", data, "-o", os.path.join(tmp, "o.csv")],
                              capture_output=True, text=True)
        assert proc.returncode == 2, proc
        assert ("in.csv:3: the row that starts on line 3 is longer than 16 MiB, which no survey "
                "export has; check that this is a CSV file.") in proc.stderr, proc.stderr
        assert not os.path.exists(os.path.join(tmp, "o.csv"))
print("rows over 16 MiB are refused with their line")
