/**
 * The council's own phone and email, from the charter's channels. With the
 * shell, as the failure view (its own chunk) and the form's last resort both
 * give them.
 */
import type { Charter } from '@cx-kit/core';

export interface Channels {
  phone?: string;
  email?: string;
}

export function councilChannels(charter: Charter): Channels {
  const phone = charter.channels.find((c) => c.kind === 'phone' && c.phone)?.phone;
  const email = charter.channels.find((c) => c.kind === 'email' && c.email)?.email;
  return { phone, email };
}
