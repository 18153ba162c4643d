// The Host header allow-list, against DNS rebinding: a page on
// rebind.evil.example, once its name points at 127.0.0.1, sends
// `Host: rebind.evil.example` and would otherwise count as this server's own
// origin. Only loopback names and the names configured (ALLOWED_HOSTS, the
// name a council serves under) are answered; anything else gets 421.

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/** The configured names, lower case, without ports: `council.example, www.council.example`. */
export function parseHosts(list) {
  const names = Array.isArray(list) ? list : String(list ?? '').split(',');
  return [...LOOPBACK, ...names.map((name) => hostName(name.trim())).filter(Boolean)];
}

/** `Example.org:8000` → `example.org`; `[::1]:8000` → `[::1]`. */
function hostName(host) {
  const value = String(host ?? '').toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  return value.split(':')[0];
}

/** True when the request's Host names this server. */
export function hostAllowed(host, allowed) {
  if (!host) return false;
  return allowed.includes(hostName(host));
}

/** This server's origin as the browser addressed it (the Host header, once checked against the allow-list). */
export function ownOrigin(req) {
  const scheme = req.socket.encrypted || req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
  return `${scheme}://${req.headers.host}`;
}
