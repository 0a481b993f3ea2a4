/**
 * For `npm run bench:pdf` only: a signed-in session for the demo provider in the throw-away demo
 * database (DATABASE_URL), made before the server starts (the embedded database has one user at a
 * time). Prints the session token for the cookie.
 */
import { randomBytes } from "node:crypto";
import { closeDb, getDb } from "../../lib/db";

const db = await getDb();
const user = await db.user.findUniqueOrThrow({ where: { email: "demo@example.ac.uk" } });
const sessionToken = randomBytes(32).toString("hex");
await db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 60 * 60 * 1000) } });
await closeDb();
console.log(sessionToken);
