-- partnerships.partner_name and partnerships.search_text are copies kept true by the database
-- itself, whatever writes partners, members or keys (services, imports, seeds, manual SQL).

CREATE OR REPLACE FUNCTION partnership_search_text(p_partner_id uuid, p_key text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT lower(
    coalesce((SELECT name FROM partners WHERE id = p_partner_id), '') || ' ' || coalesce(p_key, '') || ' ' ||
    coalesce((SELECT string_agg(first_name || ' ' || last_name || ' ' || email, ' ')
              FROM partner_members WHERE partner_id = p_partner_id AND status <> 'REMOVED'), '')
  )
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION partnerships_fill_search() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.partner_name := coalesce((SELECT name FROM partners WHERE id = NEW.partner_id), '');
  NEW.search_text := partnership_search_text(NEW.partner_id, NEW.partner_key);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER partnerships_fill_search BEFORE INSERT OR UPDATE OF partner_id, partner_key ON partnerships
FOR EACH ROW EXECUTE FUNCTION partnerships_fill_search();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION partners_refresh_search() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE partnerships p
     SET partner_name = n.name, search_text = partnership_search_text(p.partner_id, p.partner_key)
    FROM new_rows n
   WHERE p.partner_id = n.id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER partners_refresh_search AFTER UPDATE ON partners
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION partners_refresh_search();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION partner_members_refresh_search() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE partnerships p
     SET search_text = partnership_search_text(p.partner_id, p.partner_key)
   WHERE p.partner_id IN (SELECT DISTINCT partner_id FROM changed_rows);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER partner_members_search_insert AFTER INSERT ON partner_members
REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION partner_members_refresh_search();
--> statement-breakpoint
CREATE TRIGGER partner_members_search_update AFTER UPDATE ON partner_members
REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION partner_members_refresh_search();
--> statement-breakpoint
CREATE TRIGGER partner_members_search_delete AFTER DELETE ON partner_members
REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION partner_members_refresh_search();
--> statement-breakpoint
UPDATE partnerships
   SET partner_name = coalesce((SELECT name FROM partners WHERE partners.id = partnerships.partner_id), ''),
       search_text = partnership_search_text(partner_id, partner_key);
