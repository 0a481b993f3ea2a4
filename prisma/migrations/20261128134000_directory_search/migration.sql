-- Full-text search for the directory, one index per language: English text with English
-- stemming, Welsh text with the 'simple' configuration (PostgreSQL has no Welsh stemmer, and
-- English stemming would mangle Welsh words). lib/directory/search.ts uses exactly these
-- expressions, so the planner can use the indexes.

-- array_to_string is only STABLE in general; for text[] it cannot change, so this wrapper may be
-- IMMUTABLE, as an index expression must be.
CREATE FUNCTION "micsig_lines"(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_string($1, ' ') $$;

CREATE INDEX "MicroCredential_search_en_idx" ON "MicroCredential" USING GIN (
  to_tsvector('english'::regconfig, "title" || ' ' || "description" || ' ' || "micsig_lines"("learningOutcomes") || ' ' || "awardingBody")
);
CREATE INDEX "MicroCredential_search_cy_idx" ON "MicroCredential" USING GIN (
  to_tsvector('simple'::regconfig, "titleCy" || ' ' || "descriptionCy" || ' ' || "micsig_lines"("learningOutcomesCy"))
);
