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


def test_headings_start_where_the_text_sits_on_the_page():
    text = "# Pää\n\n## Ala\n\nTeksti."
    assert "<h2>Pää</h2>" in render_markdown(text)
    html = render_markdown(text, top_level=4)
    assert "<h4>Pää</h4>" in html and "<h5>Ala</h5>" in html
    # A text that starts at ## under an h2 still nests below it.
    assert "<h3>Ala</h3>" in render_markdown("## Ala\n\n### Ali", top_level=3)
    assert "<h4>Ali</h4>" in render_markdown("## Ala\n\n### Ali", top_level=3)


def test_markdown_placeholders_leaking_control_characters_never_reach_the_html():
    html = render_markdown("*kursiivi**kursiivi*[linkki](https://example.fi)")
    assert not any(ord(character) < 32 and character not in "\t\n\r" for character in html)
