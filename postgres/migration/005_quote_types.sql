-- What each quote's source did (newsgraph.AttributionType: statement,
-- belief, perception, intention, stance, other; '' for quotes stored
-- before types were read) and how likely the attribution is right (0 to
-- 1; 0 when not scored). Old quotes keep the defaults: the stored
-- documents of those articles carry no types to fill them from.
ALTER TABLE quotes ADD COLUMN type TEXT NOT NULL DEFAULT '';
ALTER TABLE quotes ADD COLUMN confidence DOUBLE PRECISION NOT NULL DEFAULT 0;

-- A speaker's page lists their statements (or another type) newest first
-- and counts their quotes by type: with the speaker and then the type
-- leading, both read one range of an index, as quotes_actor_recent and
-- quotes_entity_recent serve the list of every type.
CREATE INDEX quotes_actor_type_recent ON quotes (speaker_actor, type, dated DESC, article_id DESC, content_start, id);
CREATE INDEX quotes_entity_type_recent ON quotes (speaker_entity, type, dated DESC, article_id DESC, content_start, id);
