// Officers who may use /admin: accounts (scrypt password hashes), sessions
// (only a hash of the cookie's value is stored, with the session's CSRF
// token), and the audit log of what each officer did.
import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCallback);
/** scrypt's cost: N=2^15, r=8, p=1 (about 32 MB, tens of ms): slow for a guesser, fine for a sign-in. */
const COST = { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;
export const SESSION_HOURS = 8;

/** `scrypt$N$r$p$salt$hash`, all a verifier needs. */
export async function hashPassword(password) {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, KEY_LENGTH, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export async function passwordMatches(password, stored) {
  const [kind, N, r, p, salt, hash] = String(stored).split('$');
  if (kind !== 'scrypt') return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, { N: Number(N), r: Number(r), p: Number(p), maxmem: COST.maxmem });
  return timingSafeEqual(actual, expected);
}

const sha256 = (text) => createHash('sha256').update(text).digest('base64url');

/** A hash of a valid password, checked against when the name is unknown, so both take as long. */
let standInHash;

/** Officers, sessions and the audit log on the database. */
export function officerStore(db) {
  return {
    /** Adds an officer (or sets a new password for one). */
    async addOfficer(username, password, at = new Date()) {
      if (!/^[a-z0-9._@-]{2,64}$/i.test(username)) throw new Error('A username is 2 to 64 letters, digits, dots, dashes, underscores or @');
      if (String(password).length < 12) throw new Error('A password needs at least 12 characters');
      const hash = await hashPassword(password);
      const { changes } = await db.run('UPDATE officers SET password_hash = ? WHERE username = ?', [hash, username]);
      if (changes === 0) await db.run('INSERT INTO officers (username, password_hash, created_at) VALUES (?, ?, ?)', [username, hash, at.toISOString()]);
    },

    async officerCount() {
      const [row] = await db.query('SELECT COUNT(*) AS n FROM officers');
      return Number(row.n);
    },

    /** True when the name and password match an officer. The same work whether or not the name exists. */
    async checkPassword(username, password) {
      const [row] = await db.query('SELECT password_hash FROM officers WHERE username = ?', [String(username)]);
      standInHash ??= await hashPassword(randomBytes(12).toString('base64url'));
      const matches = await passwordMatches(String(password), row?.password_hash ?? standInHash);
      return Boolean(row) && matches;
    },

    /** Starts a session: the cookie's value (given to the browser only) and its CSRF token. */
    async startSession(username, now) {
      const id = randomBytes(32).toString('base64url');
      const csrf = randomBytes(32).toString('base64url');
      const expires = new Date(now + SESSION_HOURS * 3_600_000).toISOString();
      await db.run('INSERT INTO sessions (id_hash, username, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)', [sha256(id), username, csrf, new Date(now).toISOString(), expires]);
      return { id, csrf };
    },

    /** The live session for a cookie value, or undefined. */
    async session(id, now) {
      if (!id) return undefined;
      const [row] = await db.query('SELECT username, csrf_token, expires_at FROM sessions WHERE id_hash = ?', [sha256(id)]);
      if (!row || row.expires_at <= new Date(now).toISOString()) return undefined;
      return { username: row.username, csrf: row.csrf_token };
    },

    async endSession(id) {
      if (id) await db.run('DELETE FROM sessions WHERE id_hash = ?', [sha256(id)]);
    },

    /** Writes who did what, when. `tx`: in the same transaction as the change. */
    async audit(officer, action, detail, at, tx = db) {
      await tx.run('INSERT INTO audit_log (at, officer, action, detail) VALUES (?, ?, ?, ?)', [new Date(at).toISOString(), officer, action, detail]);
    },

    /** The latest audit entries, newest first. */
    async auditLog(limit = 50) {
      return db.query('SELECT at, officer, action, detail FROM audit_log ORDER BY id DESC LIMIT ?', [limit]);
    },
  };
}
