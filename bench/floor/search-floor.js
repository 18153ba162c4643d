// The floor for a search keystroke (issue 17: "search over 1,000 services under 4 ms per keystroke"):
// what the browser must do to show a keystroke's results, with no search and no framework. A text box and
// a list; each keystroke looks up the names the kit's search finds for that text (worked out beforehand,
// given as the `charter` property by the harness) and writes them into the list, reusing its items.
class SearchFloor extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const label = document.createElement('label');
    label.htmlFor = 'box';
    label.textContent = 'Find the service you need';
    this.box = Object.assign(document.createElement('input'), { id: 'box', type: 'text' });
    this.box.setAttribute('role', 'combobox');
    this.list = document.createElement('ul');
    this.list.setAttribute('role', 'listbox');
    root.append(label, this.box, this.list);
    this.box.addEventListener('input', () => this.show(this.charter?.[this.box.value] ?? []));
  }

  show(names) {
    const items = this.list.children;
    names.forEach((name, i) => {
      const item = items[i] ?? this.list.appendChild(document.createElement('li'));
      item.setAttribute('role', 'option');
      if (item.textContent !== name) item.textContent = name;
    });
    while (items.length > names.length) items[items.length - 1].remove();
    this.box.setAttribute('aria-expanded', names.length ? 'true' : 'false');
  }

  // The harness waits on this, as on a lit element's: the list is drawn inside the input event.
  get updateComplete() {
    return Promise.resolve(true);
  }
}
customElements.define('cx-search-floor', SearchFloor);
