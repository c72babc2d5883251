#!/usr/bin/env python3
"""How many answers per second attachscore class takes, and its peak memory: N submissions from
32 client threads, then N form pages, against a server on 127.0.0.1.
Usage: python3 benchmarks/class_server.py build/default/cli/attachscore N
(The Python client is the slower side: the figures are a floor for the server.)"""
exe=sys.argv[1]
p=subprocess.Popen([exe,"class","ecr-s","--bind","127.0.0.1","--port","0","--save",os.path.join(tempfile.mkdtemp(), "answers.csv")],stdout=subprocess.PIPE,text=True)
t=""
while "Ctrl-C" not in t: t+=p.stdout.readline()
port=int(re.search(r":(\d+)/\?code",t).group(1)); code=re.search(r"Class code: (\w+)",t).group(1)
body=urllib.parse.urlencode([("code",code)]+[(f"q{i}",str(i%7+1)) for i in range(1,13)])
def one(_):
    c=http.client.HTTPConnection("127.0.0.1",port,timeout=10); c.request("POST","/answers",body,{"Content-Type":"application/x-www-form-urlencoded"}); r=c.getresponse(); r.read(); c.close(); return r.status
n=int(sys.argv[2])
s=time.time()
with concurrent.futures.ThreadPoolExecutor(32) as ex: st=list(ex.map(one,range(n)))
e=time.time()-s
print(f"{n} submissions, {st.count(303)} accepted, {e:.2f} s, {n/e:.0f}/s")
def page(_):
    c=http.client.HTTPConnection("127.0.0.1",port,timeout=10); c.request("GET","/"); r=c.getresponse(); r.read(); c.close(); return r.status
s=time.time()
with concurrent.futures.ThreadPoolExecutor(32) as ex: st=list(ex.map(page,range(n)))
e=time.time()-s
print(f"{n} form pages, {e:.2f} s, {n/e:.0f}/s")
rss=open(f"/proc/{p.pid}/status").read(); print([l for l in rss.split("\n") if l.startswith("VmHWM")])
p.send_signal(signal.SIGINT); print(p.communicate()[0].strip())
