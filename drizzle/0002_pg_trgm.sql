-- Trigram indexes make "contains" search on partner names, emails and keys fast at a million rows.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
