"""Shared by the tests of pages: is the HTML well formed?"""
import html.parser


class TagBalance(html.parser.HTMLParser):
    """Every element closed, in order (the page is written by hand, not by a DOM)."""
    VOID = {"meta", "br", "img", "input", "link", "hr"}  # SVG shapes close themselves: />

    def __init__(self):
        super().__init__()
        self.open, self.problems = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.open[-1] if self.open else ''}> "
                                 f"at {self.getpos()}")
            return
        self.open.pop()


def problems(text):
    """The unbalanced tags of a page, as sentences; empty when every element is closed in order."""
    check = TagBalance()
    check.feed(text)
    return check.problems + [f"<{t}> never closed" for t in check.open]
