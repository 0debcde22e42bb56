-- Article lists put undated articles after every dated one, newest or
-- oldest first (newsgraph.ArticleFilter), and filter by outlet; these
-- indexes hold those orders, and replace articles_recent, which listed an
-- undated article by when it was stored.
DROP INDEX articles_recent;
CREATE INDEX articles_newest ON articles ((published IS NULL), published DESC, id DESC);
CREATE INDEX articles_oldest ON articles ((published IS NULL), published, id);
CREATE INDEX articles_site ON articles (site, (published IS NULL), published DESC, id DESC);
