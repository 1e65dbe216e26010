-- The row trigger that fills a new partnership's partner_name and search_text ran three lookups
-- per row (the partner's name twice, through a second function call, then its people). An
-- import inserts thousands of partnerships in one statement, so it now makes one lookup per row,
-- with the same text as partnership_search_text (which the statement-level triggers keep using).

CREATE OR REPLACE FUNCTION partnerships_fill_search() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  SELECT p.name,
         lower(p.name || ' ' || coalesce(NEW.partner_key, '') || ' ' ||
               coalesce((SELECT string_agg(m.first_name || ' ' || m.last_name || ' ' || m.email, ' ')
                         FROM partner_members m WHERE m.partner_id = p.id AND m.status <> 'REMOVED'), ''))
    INTO NEW.partner_name, NEW.search_text
    FROM partners p
   WHERE p.id = NEW.partner_id;
  IF NOT FOUND THEN
    -- No such partner: the foreign key refuses the row; keep the old answer until it does.
    NEW.partner_name := '';
    NEW.search_text := partnership_search_text(NEW.partner_id, NEW.partner_key);
  END IF;
  RETURN NEW;
END
$$;
