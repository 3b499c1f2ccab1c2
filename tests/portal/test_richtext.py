from portal.richtext import render_markdown


def test_markdown_becomes_paragraphs_lists_links_and_headings():
    html = render_markdown(
        "# Otsikko\n\nKappale.\n\n- yksi\n- kaksi\n\n[linkki](https://example.fi)"
    )
    assert "<h2>Otsikko</h2>" in html
    assert "<p>Kappale.</p>" in html
    assert "<li>yksi</li>" in html
    assert 'href="https://example.fi"' in html


def test_scripts_handlers_and_javascript_links_are_removed():
    html = render_markdown(
        '<script>alert(1)</script><img src=x onerror="alert(2)">'
        '[klikkaa](javascript:alert(3)) <b onclick="x()">lihava</b>'
    )
    assert "<script" not in html
    assert "onerror" not in html
    assert "javascript:" not in html
    assert "onclick" not in html
    assert "<img" not in html
