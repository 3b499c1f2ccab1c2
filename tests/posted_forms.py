"""What a browser posts when a form of a page is sent unchanged: its fields' values, with
line breaks as CRLF (the HTML standard's form encoding), as a dict for Django's test client."""

from html.parser import HTMLParser

NOT_SENT = {"submit", "button", "image", "reset", "file"}


class FormReader(HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.values = {}
        self.textarea = None
        self.select = None
        self.option = None

    def add(self, name, value):
        self.values.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = self.form_id in (attrs.get("id"), *attrs.get("class", "").split())
            return
        if not self.inside or "disabled" in attrs or not attrs.get("name") and tag != "option":
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in NOT_SENT or kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.add(attrs["name"], attrs.get("value") or ("on" if kind == "checkbox" else ""))
        elif tag == "textarea":
            self.textarea = [attrs["name"], ""]
        elif tag == "select":
            self.select = {"name": attrs["name"], "multiple": "multiple" in attrs, "options": []}
        elif tag == "option" and self.select is not None:
            self.option = [attrs.get("value"), "selected" in attrs, ""]
            self.select["options"].append(self.option)

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data
        elif self.option is not None:
            self.option[2] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self.textarea is not None:
            name, text = self.textarea
            # A line break right after <textarea> is not part of its value.
            self.add(name, text[1:] if text.startswith("\n") else text)
            self.textarea = None
        elif tag == "option":
            self.option = None
        elif tag == "select" and self.select is not None:
            options = self.select["options"]
            chosen = [option for option in options if option[1]]
            if not chosen and options and not self.select["multiple"]:
                chosen = options[:1]
            for value, _selected, text in chosen:
                self.add(self.select["name"], value if value is not None else text)
            self.select = None


def crlf(text):
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def posted_form(html, form_id):
    """The values the form `form_id` (its id or a class) of the page posts as it is:
    {name: value or [values]}."""
    reader = FormReader(form_id)
    reader.feed(html)
    assert reader.values, f"no form with the id {form_id} and fields on the page"
    return {
        name: [crlf(value) for value in values] if len(values) > 1 else crlf(values[0])
        for name, values in reader.values.items()
    }


def admin_form(client, url, model_name):
    """The admin change form of a record at `url`, as the browser would post it unchanged."""
    response = client.get(url)
    assert response.status_code == 200
    return posted_form(response.content.decode(), f"{model_name}_form") | {"_save": "Tallenna"}
