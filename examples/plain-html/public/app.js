// No framework: load the network, give it to the Kring elements, save every change.
const views = [...document.querySelectorAll('kring-ecogram, kring-lifeline, kring-summary')];
const status = document.getElementById('save-status');

/** Show the same network in every view. */
function show(network) {
  for (const view of views) view.network = network;
}

// Save through the server: one PUT at a time, and only the newest network when edits pile up.
let pending = null;
let saving = false;
async function save(network) {
  pending = network;
  if (saving) return;
  saving = true;
  status.textContent = 'Opslaan…';
  while (pending) {
    const body = JSON.stringify(pending, null, 2);
    pending = null;
    try {
      const response = await fetch('/network.json', { method: 'PUT', headers: { 'content-type': 'application/json' }, body });
      status.textContent = response.ok
        ? `Opgeslagen om ${new Date().toLocaleTimeString('nl-NL')}.`
        : `Niet opgeslagen: de server antwoordt ${response.status}.`;
    } catch {
      status.textContent = 'Niet opgeslagen: geen verbinding met de server.';
    }
  }
  saving = false;
}

for (const view of views) {
  // The element would also keep the new network itself; this page shows it in both views.
  view.addEventListener('kring-change', (event) => {
    show(event.detail.network);
    save(event.detail.network);
  });
}

// Attributes are the element's settings: readonly and redacted="initials".
document.getElementById('readonly').addEventListener('change', (event) => {
  for (const view of views) view.readOnly = event.target.checked;
});
document.getElementById('redacted').addEventListener('change', (event) => {
  for (const view of views) view.redacted = event.target.checked ? 'initials' : false;
});

try {
  const response = await fetch('/network.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  show(await response.json());
} catch (error) {
  status.textContent = `Het netwerk kon niet geladen worden (${error.message}).`;
}
