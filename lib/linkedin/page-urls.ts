/** LinkedIn pages the user is sent to, to act there themselves (links only: we never load them). */
export const MESSAGING_URL = 'https://www.linkedin.com/messaging/';
export const SENT_INVITATIONS_URL = 'https://www.linkedin.com/mynetwork/invitation-manager/sent/';

/** www.linkedin.com, country subdomains (se., de.) and the mobile host. */
export const LINKEDIN_HOST = /^(?:[a-z0-9-]+\.)*linkedin\.com$/i;
