"""HTML and DOCX as the Markdown-like text every loader ends in: headings to `#`, tables to
tab-separated rows, list items and paragraphs to lines (loaders.py checks, splits and cleans it).
"""

from __future__ import annotations

import io
import re

from .table_sources import docx_grid, grid_lines, html_grid


def html_to_markdown(markup: str) -> str:
    """Headings to `#`, tables to tab-separated rows, list items and paragraphs to lines."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(["script", "style", "noscript", "template", "head"]):
        tag.decompose()
    blocks = {"p", "li", "pre", "blockquote", "dt", "dd", "figcaption", "caption", "td", "th",
              "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "article", "tr"}
    lines: list[str] = []
    found = soup.find_all(list(blocks))
    # Which tags hold a block (other than a cell) and which sit inside a table row, each node
    # visited once: bs4's el.find()/find_parent() per element is quadratic in the nesting depth
    # (5,000 nested divs took minutes).
    containers: set[int] = set()
    for el in found:
        if el.name not in ("td", "th"):
            node = el.parent
            while node is not None and id(node) not in containers:
                containers.add(id(node))
                node = node.parent
    under_row: dict[int, bool] = {}  # id(tag) -> it is a <tr> or sits inside one

    def inside_row(el) -> bool:
        walked, node, hit = [], el.parent, False
        while node is not None:
            if id(node) in under_row:
                hit = under_row[id(node)]
                break
            walked.append(id(node))
            if node.name == "tr":
                hit = True
                break
            node = node.parent
        for key in walked:
            under_row[key] = hit
        return hit

    done_tables: set[int] = set()
    for el in found:
        name = el.name
        if name == "tr":
            table = el.find_parent("table")
            if table is None:
                cells = [_cell_text(c) for c in el.find_all(["td", "th"])]
                lines += grid_lines([cells])
            elif id(table) not in done_tables:  # the whole table at its first row, spans in place
                done_tables.add(id(table))
                lines += grid_lines(html_grid(table, _cell_text))
            continue
        if inside_row(el) or id(el) in containers:
            continue  # text inside a table row, or a container: its leaf blocks speak for it
        text = " ".join(el.get_text(" ", strip=True).split())
        if not text:
            continue
        if re.fullmatch(r"h[1-6]", name):
            lines.append("")
            lines.append("#" * int(name[1]) + " " + text)
        elif name == "li":
            lines.append("- " + text)
        else:
            lines.append(text)
            lines.append("")
    return "\n".join(lines)


def _cell_text(cell) -> str:
    items = [" ".join(li.get_text(" ", strip=True).split()) for li in cell.find_all("li")]
    if items:
        return "; ".join(i for i in items if i)
    return " ".join(cell.get_text(" ", strip=True).split())


def docx_to_markdown(data: bytes) -> str:
    """Paragraphs with heading styles to `#`, tables to tab-separated rows, in body order."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, document)
            text = " ".join(para.text.split())
            if not text:
                continue
            style = (para.style.name if para.style is not None else "") or ""
            level = re.match(r"Heading (\d)", style)
            if level or style == "Title":
                lines += ["", "#" * (int(level.group(1)) if level else 1) + " " + text]
            else:
                lines += [("- " if "List" in style else "") + text, ""]
        elif tag == "tbl":
            lines += grid_lines(docx_grid(Table(child, document)))
            lines.append("")
    return "\n".join(lines)
