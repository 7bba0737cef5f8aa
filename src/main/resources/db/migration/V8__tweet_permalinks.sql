-- Tweets stored before tweets had links to their original (S-4): the API gives no URL, and the sync
-- reads Twitter's streams with since_id, so it never reads them again to fill one in. Their address
-- is built as TwitterPayloads.permalink builds it: https://twitter.com/<username>/status/<id>, or
-- https://twitter.com/i/web/status/<id> where the author's username is not known. DMs have none.
UPDATE social_interaction
   SET permalink = 'https://twitter.com/'
       || COALESCE((SELECT p.handle FROM social_person p
                     WHERE p.id = social_interaction.author_id AND p.handle <> ''), 'i/web')
       || '/status/' || external_id
 WHERE network = 'TWITTER'
   AND kind IN ('TWEET', 'RETWEET', 'REPLY', 'MENTION')
   AND permalink IS NULL;
