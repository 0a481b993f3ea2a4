import type { Nation as DatabaseNation } from "@/lib/db/generated/enums";
import type { Nation } from "@/lib/vocabulary";

/**
 * The one place the two spellings of a nation meet: the portal writes `northern-ireland`
 * everywhere, the database enum `northern_ireland` (Prisma enum values must be identifiers).
 */
export const toDatabaseNation = (nation: Nation) => nation.replace("-", "_") as DatabaseNation;
export const fromDatabaseNation = (nation: DatabaseNation) => nation.replace("_", "-") as Nation;

/** An organisation row as the rest of the portal reads it: its nation in the portal's spelling. */
export const withPortalNation = <T extends { nation: DatabaseNation }>(organisation: T) => ({
  ...organisation,
  nation: fromDatabaseNation(organisation.nation),
});
