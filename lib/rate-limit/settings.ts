/** Per-person limits on the heavy actions, from the environment (see README). */
function int(value: string | undefined, fallback: number) {
  return value && /^\d+$/.test(value) ? Number(value) : fallback;
}

const HOUR = 60 * 60 * 1000;

/** Logo uploads a person may make in an hour (each one decodes and re-encodes an image). */
export function logoUploadLimit(userId: string) {
  return { key: `logo-upload:${userId}`, max: int(process.env.LOGO_UPLOADS_PER_HOUR, 20), windowMs: HOUR };
}

/** CSV imports a person may send in an hour (each one is read and checked whole). */
export function directoryImportLimit(userId: string) {
  return { key: `directory-import:${userId}`, max: int(process.env.DIRECTORY_IMPORTS_PER_HOUR, 20), windowMs: HOUR };
}

/** Fact sheet PDFs a person may download in an hour (304 answers are not counted). */
export function pdfDownloadLimit(userId: string) {
  return { key: `pdf-download:${userId}`, max: int(process.env.PDF_DOWNLOADS_PER_HOUR, 60), windowMs: HOUR };
}

/**
 * Invitations: an owner may send 20 an hour, and one mailbox receives at most 3 a day from all
 * owners together (so invitations cannot be used to flood someone's inbox).
 */
export function invitationLimits(userId: string, mailbox: string) {
  return [
    { key: `invitation:${userId}`, max: int(process.env.INVITATIONS_PER_HOUR, 20), windowMs: HOUR },
    { key: `invitation-to:${mailbox}`, max: 3, windowMs: 24 * HOUR },
  ];
}
