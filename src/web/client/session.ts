// Who is using the dashboard. An open server (no users yet) needs no sign-in; once users exist,
// reading stays open and review or ingest needs signing in (the token lives in this tab only).

import { api, auth } from './api.ts';
import { el, render } from './dom.ts';

export async function renderSession(box: HTMLElement): Promise<void> {
  const refresh = () => void renderSession(box);
  try {
    const me = await api.me();
    render(box,
      el('span', {}, me.local ? 'Open server: you act as the local admin' : `Signed in as ${me.name} (${me.role})`),
      me.local ? null : el('button', { type: 'button', class: 'secondary', onclick: () => (auth.set(null), refresh()) }, 'Sign out'),
    );
  } catch {
    auth.set(null);
    const name = el('input', { id: 'login-name', type: 'text', autocomplete: 'username' });
    const password = el('input', { id: 'login-password', type: 'password', autocomplete: 'current-password' });
    const status = el('span', { role: 'status' });
    const form = el('form', { class: 'session', 'aria-label': 'Sign in to review' },
      el('label', { for: 'login-name' }, 'User'), name,
      el('label', { for: 'login-password' }, 'Password'), password,
      el('button', { type: 'submit', class: 'secondary' }, 'Sign in'), status,
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        auth.set((await api.login(name.value, password.value)).token);
        refresh();
      } catch (err) {
        status.textContent = (err as Error).message;
      }
    });
    render(box, form);
  }
}
