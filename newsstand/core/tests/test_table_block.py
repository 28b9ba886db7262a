"""Tables may have empty cells: editors can save them, and readers see an empty cell."""

import json

from bs4 import BeautifulSoup

from newsstand.articles.factories import ArticlePageFactory
from newsstand.core.blocks import TableBlock

RESULTS = {
    "caption": "Results",
    "columns": [
        {"type": "text", "heading": "Team"},
        {"type": "number", "heading": "Points"},
        {"type": "rich_text", "heading": "Note"},
    ],
    "rows": [
        {"values": ["Enyimba", "12", "<p>Top</p>"]},
        {"values": ["Rangers", None, ""]},
        {"values": ["", "0", ""]},
    ],
}


def test_a_table_with_empty_cells_is_valid():
    block = TableBlock()
    value = block.clean(block.to_python(RESULTS))
    assert [[cell.value for cell in row] for row in value.rows][1][:2] == ["Rangers", None]


def test_empty_cells_render_empty_and_zero_stays(client, section):
    article = ArticlePageFactory(
        parent=section, body=json.dumps([{"type": "table", "value": RESULTS}])
    )
    html = BeautifulSoup(client.get(article.url).content, "html.parser")
    rows = html.find("table").tbody.find_all("tr")
    cells = [[td.get_text(strip=True) for td in row.find_all("td")] for row in rows]
    assert cells == [["Enyimba", "12", "Top"], ["Rangers", "", ""], ["", "0", ""]]
    assert "None" not in str(html.find("table"))
