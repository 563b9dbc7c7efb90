#@ Statements a routing driver sees, grouped by where they come from. Blocks are separated by blank lines; a
#@ block is one statement (newlines and comments inside are part of it). A line starting with "#@" is a note or
#@ starts a group: "#@ group NAME". Each statement is preceded by its route: "#@ READ", "#@ WRITE" or "#@ BOTH".

#@ group hibernate
#@ READ
select u1_0.id,u1_0.created_at,u1_0.email,u1_0.name,u1_0.version from users u1_0 where u1_0.id=?

#@ READ
select u1_0.id,u1_0.created_at,u1_0.email,u1_0.name,u1_0.version from users u1_0 where u1_0.email=?

#@ READ
select p1_0.id,p1_0.author_id,p1_0.body,p1_0.created_at,p1_0.title from posts p1_0 where p1_0.author_id=? order by p1_0.created_at desc limit ?,?

#@ READ
select p1_0.id,a1_0.id,a1_0.email,a1_0.name,p1_0.body,p1_0.title from posts p1_0 left join users a1_0 on a1_0.id=p1_0.author_id where p1_0.id=?

#@ READ
select c1_0.post_id,c1_0.id,c1_0.author_id,c1_0.body,c1_0.created_at from comments c1_0 where c1_0.post_id=?

#@ READ
select count(p1_0.id) from posts p1_0 where p1_0.author_id=?

#@ READ
select o1_0.id,o1_0.customer_id,o1_0.placed_at,o1_0.status,o1_0.total from orders o1_0 where o1_0.customer_id=? and o1_0.status in (?,?,?) order by o1_0.placed_at desc

#@ READ
select o1_0.id,l1_0.order_id,l1_0.id,l1_0.product_id,l1_0.quantity,l1_0.unit_price,o1_0.status from orders o1_0 join order_lines l1_0 on o1_0.id=l1_0.order_id where o1_0.id=?

#@ READ
select t1_0.id,t1_0.name from tags t1_0 where t1_0.name in (?,?,?,?,?,?,?,?,?,?)

#@ READ
select u1_0.id from users u1_0 where u1_0.email=? fetch first ? rows only

#@ READ
select distinct p1_0.id,p1_0.title from posts p1_0 join post_tags t1_0 on p1_0.id=t1_0.post_id where t1_0.tag_id=?

#@ READ
select p1_0.id,p1_0.title from posts p1_0 where p1_0.id in (select c1_0.post_id from comments c1_0 where c1_0.author_id=?)

#@ READ
select u1_0.id,u1_0.name from users u1_0 where lower(u1_0.name) like lower(?) escape '\\' order by u1_0.name

#@ READ
select exists(select 1 from users u1_0 where u1_0.email=?)

#@ WRITE
insert into users (created_at,email,name,version,id) values (?,?,?,?,?)

#@ WRITE
insert into users (created_at,email,name,version) values (?,?,?,?)

#@ WRITE
insert into posts (author_id,body,created_at,title) values (?,?,?,?)

#@ WRITE
insert into order_lines (order_id,product_id,quantity,unit_price) values (?,?,?,?)

#@ WRITE
update users set email=?,name=?,version=? where id=? and version=?

#@ WRITE
update posts set body=?,title=? where id=?

#@ WRITE
update orders o1_0 set status=? where o1_0.id=?

#@ WRITE
delete from comments where id=?

#@ WRITE
delete from post_tags where post_id=?

#@ WRITE
delete from posts p1_0 where p1_0.created_at<?

#@ WRITE
select next_val as id_val from hibernate_sequence for update

#@ WRITE
update hibernate_sequence set next_val= ? where next_val=?

#@ WRITE
select u1_0.id,u1_0.version from users u1_0 where u1_0.id=? for update

#@ WRITE
select p1_0.id,p1_0.stock from products p1_0 where p1_0.id=? for update nowait

#@ WRITE
select p1_0.id from products p1_0 where p1_0.id in (?,?,?) for update skip locked

#@ WRITE
select s1_0.id,s1_0.seats_left from shows s1_0 where s1_0.id=? for share

#@ WRITE
select o1_0.id from orders o1_0 where o1_0.id=? lock in share mode

#@ WRITE
select last_insert_id()

#@ READ
select 1

#@ WRITE
insert into audit_log (action,actor,at,payload) values (?,?,?,?)

#@ group spring-data
#@ READ
select u1_0.id,u1_0.email,u1_0.name from users u1_0 where u1_0.name=? order by u1_0.id asc limit ?

#@ READ
select u1_0.id,u1_0.email,u1_0.name from users u1_0 where u1_0.name like ? escape '\\' order by u1_0.name desc limit ?,?

#@ READ
select count(u1_0.id) from users u1_0 where u1_0.name like ? escape '\\'

#@ READ
select u1_0.id from users u1_0 where u1_0.email=? limit ?

#@ READ
select p1_0.id,p1_0.author_id,p1_0.body,p1_0.created_at,p1_0.title from posts p1_0 where p1_0.created_at between ? and ? order by p1_0.created_at desc limit ?

#@ READ
SELECT `users`.`id`, `users`.`email`, `users`.`name` FROM `users` WHERE `users`.`id` = ?

#@ READ
SELECT `posts`.`id`, `posts`.`title`, `posts`.`created_at` FROM `posts` WHERE `posts`.`author_id` IN (?, ?, ?) ORDER BY `posts`.`created_at` DESC LIMIT ? OFFSET ?

#@ WRITE
INSERT INTO `posts` (`author_id`, `title`, `body`, `created_at`) VALUES (?, ?, ?, ?)

#@ WRITE
UPDATE `users` SET `last_seen_at` = ? WHERE `users`.`id` = ?

#@ WRITE
DELETE FROM `sessions` WHERE `sessions`.`expires_at` < ?

#@ READ
SELECT COUNT(*) FROM `posts` WHERE `posts`.`author_id` = ?

#@ READ
SELECT id, name, email FROM users WHERE id = ?

#@ WRITE
INSERT INTO users (name, email) VALUES (?, ?)

#@ WRITE
UPDATE users SET name = ?, email = ? WHERE id = ?

#@ WRITE
DELETE FROM users WHERE id = ?

#@ READ
SELECT COUNT(*) FROM users

#@ READ
select spring_session.primary_id, spring_session.session_id, spring_session.creation_time, spring_session.last_access_time, spring_session.max_inactive_interval, spring_session.expiry_time, spring_session.principal_name from spring_session where spring_session.session_id = ?

#@ WRITE
INSERT INTO SPRING_SESSION_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE ATTRIBUTE_BYTES = VALUES(ATTRIBUTE_BYTES)

#@ WRITE
DELETE FROM SPRING_SESSION WHERE EXPIRY_TIME < ?

#@ READ
SELECT JOB_INSTANCE_ID, JOB_NAME from BATCH_JOB_INSTANCE where JOB_NAME = ? and JOB_KEY = ?

#@ WRITE
UPDATE BATCH_JOB_EXECUTION set START_TIME = ?, END_TIME = ?, STATUS = ?, EXIT_CODE = ?, EXIT_MESSAGE = ?, VERSION = VERSION + 1, CREATE_TIME = ?, LAST_UPDATED = ? where JOB_EXECUTION_ID = ? and VERSION = ?

#@ READ
SELECT LOCK_KEY, CLIENT_ID, CREATED_DATE FROM INT_LOCK WHERE REGION=? AND LOCK_KEY=?

#@ WRITE
SELECT LOCK_NAME FROM QRTZ_LOCKS WHERE SCHED_NAME = 'quartzScheduler' AND LOCK_NAME = ? FOR UPDATE

#@ READ
SELECT * FROM flyway_schema_history ORDER BY installed_rank

#@ WRITE
SELECT GET_LOCK('flyway-lock', 10)

#@ WRITE
SELECT RELEASE_LOCK('flyway-lock')

#@ group driver-and-pool
#@ READ
SELECT 1

#@ READ
/* ping */ SELECT 1

#@ READ
SELECT @@session.transaction_read_only

#@ READ
SELECT @@session.transaction_isolation

#@ READ
SELECT @@max_allowed_packet

#@ READ
SELECT @@version, @@version_comment

#@ BOTH
SET autocommit=1

#@ BOTH
SET NAMES utf8mb4

#@ BOTH
SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci

#@ BOTH
SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED

#@ BOTH
SET character_set_results = NULL

#@ BOTH
SET sql_mode='STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION'

#@ BOTH
SET SESSION wait_timeout = 28800

#@ BOTH
SET @tenant_id = 42

#@ BOTH
/*!40101 SET NAMES utf8mb4 */

#@ BOTH
USE shop

#@ WRITE
START TRANSACTION

#@ WRITE
BEGIN

#@ WRITE
COMMIT

#@ WRITE
ROLLBACK

#@ READ
START TRANSACTION READ ONLY

#@ READ
SHOW VARIABLES LIKE 'read_only'

#@ READ
SHOW WARNINGS

#@ READ
SHOW FULL TABLES FROM `shop` LIKE 'users'

#@ READ
SHOW COLLATION

#@ READ
SHOW SESSION STATUS LIKE 'Ssl_cipher'

#@ READ
SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION

#@ WRITE
SHOW MASTER STATUS

#@ WRITE
SHOW SLAVE STATUS

#@ group hand-written
#@ READ
SELECT * FROM products WHERE category_id = 7 AND price < 100 ORDER BY price

#@ READ
SELECT p.id, p.name, c.name AS category FROM products p JOIN categories c ON c.id = p.category_id WHERE p.active = 1

#@ READ
SELECT customer_id, SUM(total) AS revenue FROM orders WHERE placed_at >= NOW() - INTERVAL 30 DAY GROUP BY customer_id HAVING revenue > 1000 ORDER BY revenue DESC LIMIT 20

#@ READ
WITH recent AS (SELECT * FROM orders WHERE placed_at > CURDATE() - INTERVAL 7 DAY) SELECT status, COUNT(*) FROM recent GROUP BY status

#@ READ
WITH RECURSIVE tree (id, parent_id, depth) AS (SELECT id, parent_id, 0 FROM categories WHERE parent_id IS NULL UNION ALL SELECT c.id, c.parent_id, t.depth + 1 FROM categories c JOIN tree t ON c.parent_id = t.id) SELECT * FROM tree ORDER BY depth

#@ READ
SELECT id, name, ROW_NUMBER() OVER (PARTITION BY category_id ORDER BY price DESC) AS rank_in_category FROM products

#@ READ
(SELECT id, 'user' AS kind FROM users WHERE name LIKE 'a%') UNION ALL (SELECT id, 'team' FROM teams WHERE name LIKE 'a%')

#@ READ
SELECT JSON_EXTRACT(attributes, '$.color') AS color, COUNT(*) FROM products GROUP BY color

#@ READ
SELECT * FROM events WHERE payload->>'$.type' = 'login' AND created_at > '2024-01-01'

#@ READ
SELECT id FROM users WHERE name = 'O''Brien; DROP TABLE users'

#@ READ
SELECT "select", 'insert into t values (1)' FROM dual

#@ READ
SELECT `update`, `delete` FROM `for update`

#@ READ
SELECT CASE WHEN stock > 0 THEN 'in stock' ELSE 'sold out' END AS availability FROM products WHERE id = 3

#@ READ
SELECT SQL_NO_CACHE id FROM users WHERE id = 1

#@ READ
SELECT STRAIGHT_JOIN a.id FROM a JOIN b ON a.id = b.a_id

#@ READ
SELECT id FROM users USE INDEX (idx_email) WHERE email = 'x@example.com'

#@ READ
SELECT u.id FROM users u WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = u.id)

#@ READ
SELECT GROUP_CONCAT(name ORDER BY name SEPARATOR ', ') FROM tags

#@ READ
SELECT DATE_FORMAT(placed_at, '%Y-%m') AS month, COUNT(*) FROM orders GROUP BY month

#@ READ
SELECT MATCH(title, body) AGAINST ('replication' IN NATURAL LANGUAGE MODE) AS score, id FROM posts ORDER BY score DESC LIMIT 10

#@ READ
TABLE users ORDER BY id LIMIT 10

#@ READ
VALUES ROW(1, 'a'), ROW(2, 'b')

#@ READ
DESCRIBE users

#@ READ
DESC orders

#@ READ
EXPLAIN SELECT * FROM orders WHERE customer_id = 5

#@ READ
EXPLAIN FORMAT=JSON SELECT id FROM users

#@ READ
HELP 'SELECT'

#@ READ
SHOW CREATE TABLE orders

#@ READ
SHOW INDEX FROM orders

#@ READ
SHOW PROCESSLIST

#@ WRITE
SELECT id INTO @last FROM users ORDER BY id DESC LIMIT 1

#@ WRITE
SELECT COUNT(*) INTO OUTFILE '/tmp/count.txt' FROM users

#@ WRITE
SELECT @row := @row + 1 AS n, id FROM users

#@ WRITE
SELECT SQL_CALC_FOUND_ROWS id FROM users LIMIT 10

#@ WRITE
SELECT FOUND_ROWS()

#@ WRITE
SELECT NEXTVAL(order_seq)

#@ WRITE
SELECT NEXT VALUE FOR order_seq

#@ WRITE
SELECT IS_FREE_LOCK('job')

#@ WRITE
INSERT INTO counters (name, value) VALUES ('visits', 1) ON DUPLICATE KEY UPDATE value = value + 1

#@ WRITE
INSERT IGNORE INTO tags (name) VALUES ('mysql')

#@ WRITE
REPLACE INTO settings (k, v) VALUES ('theme', 'dark')

#@ WRITE
INSERT INTO archive_orders SELECT * FROM orders WHERE placed_at < '2020-01-01'

#@ WRITE
UPDATE products p JOIN categories c ON c.id = p.category_id SET p.active = 0 WHERE c.archived = 1

#@ WRITE
UPDATE users SET login_count = login_count + 1, last_login = NOW() WHERE id = 17

#@ WRITE
DELETE o FROM orders o LEFT JOIN customers c ON c.id = o.customer_id WHERE c.id IS NULL

#@ WRITE
DELETE FROM sessions WHERE expires_at < NOW() ORDER BY expires_at LIMIT 1000

#@ WRITE
WITH stale AS (SELECT id FROM carts WHERE updated_at < NOW() - INTERVAL 1 DAY) DELETE FROM carts WHERE id IN (SELECT id FROM stale)

#@ WRITE
CALL refresh_totals(2024)

#@ WRITE
DO SLEEP(0)

#@ WRITE
LOAD DATA LOCAL INFILE 'users.csv' INTO TABLE users FIELDS TERMINATED BY ','

#@ WRITE
CREATE TABLE IF NOT EXISTS bench_items (id INT PRIMARY KEY, k INT NOT NULL, v VARCHAR(64) NOT NULL) ENGINE=InnoDB

#@ WRITE
CREATE TEMPORARY TABLE tmp_ids (id INT PRIMARY KEY)

#@ WRITE
ALTER TABLE users ADD COLUMN nickname VARCHAR(40) NULL AFTER name

#@ WRITE
CREATE INDEX idx_orders_customer ON orders (customer_id, placed_at)

#@ WRITE
DROP TABLE IF EXISTS tmp_import

#@ WRITE
TRUNCATE TABLE sessions

#@ WRITE
RENAME TABLE orders_new TO orders

#@ WRITE
LOCK TABLES users WRITE

#@ WRITE
UNLOCK TABLES

#@ WRITE
GRANT SELECT ON shop.* TO 'report'@'%'

#@ WRITE
ANALYZE TABLE orders

#@ WRITE
OPTIMIZE TABLE sessions

#@ WRITE
FLUSH PRIVILEGES

#@ WRITE
SAVEPOINT before_import

#@ WRITE
ROLLBACK TO SAVEPOINT before_import

#@ WRITE
SELECT 1; DELETE FROM users

#@ WRITE
XA START 'tx1'

#@ WRITE
HANDLER users OPEN

#@ WRITE
CREATE PROCEDURE bump(IN n INT) BEGIN UPDATE counters SET value = value + n; SELECT value FROM counters; END

#@ group comments
#@ READ
/* UserRepository.findById */ select u1_0.id,u1_0.email from users u1_0 where u1_0.id=?

#@ READ
-- dashboard: open orders
SELECT COUNT(*) FROM orders WHERE status = 'OPEN'

#@ READ
# legacy report
SELECT id FROM reports

#@ READ
/* controller='posts',action='index' */ SELECT `posts`.* FROM `posts` ORDER BY `posts`.`id` DESC LIMIT 25

#@ READ
SELECT id /* , password_hash */ FROM users WHERE id = 1

#@ READ
SELECT /*+ MAX_EXECUTION_TIME(1000) */ id FROM orders WHERE total > 100

#@ READ
SELECT id FROM users -- for update
WHERE id = 1

#@ READ
SELECT 'FOR UPDATE' AS note FROM dual

#@ READ
/* INSERT INTO audit */ SELECT 1

#@ READ
/** multi-line
  * header comment from a query builder
  */
SELECT p.id, p.title
  FROM posts p
 WHERE p.published = 1
 ORDER BY p.id DESC

#@ READ
SELECT
    o.id,
    o.total,   -- gross
    c.email    # contact
FROM orders o
JOIN customers c ON c.id = o.customer_id
WHERE o.id = 42

#@ WRITE
/* batch job */ UPDATE orders SET status = 'EXPIRED' WHERE placed_at < NOW() - INTERVAL 30 DAY

#@ WRITE
SELECT id FROM jobs WHERE state = 'READY' /*! FOR UPDATE */

#@ WRITE
-- reserve a seat
SELECT seats_left FROM shows WHERE id = 9 FOR UPDATE

#@ BOTH
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */

#@ group long
#@ READ
select o1_0.id,o1_0.created_at,o1_0.customer_id,c1_0.id,c1_0.created_at,c1_0.email,c1_0.first_name,c1_0.last_name,c1_0.phone,c1_0.tier,o1_0.currency,o1_0.discount,o1_0.note,o1_0.placed_at,o1_0.shipping_address_id,s1_0.id,s1_0.city,s1_0.country,s1_0.line1,s1_0.line2,s1_0.postcode,s1_0.region,o1_0.shipping_cost,o1_0.status,o1_0.subtotal,o1_0.tax,o1_0.total,o1_0.updated_at,o1_0.version from orders o1_0 join customers c1_0 on c1_0.id=o1_0.customer_id left join addresses s1_0 on s1_0.id=o1_0.shipping_address_id where o1_0.status in (?,?,?) and o1_0.placed_at between ? and ? and c1_0.tier=? order by o1_0.placed_at desc,o1_0.id desc limit ?,?

#@ READ
SELECT id, sku, name, price FROM products WHERE id IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100)

#@ READ
SELECT c.id, c.email, COUNT(DISTINCT o.id) AS orders, SUM(l.quantity * l.unit_price) AS gross, AVG(o.total) AS avg_order, MAX(o.placed_at) AS last_order, (SELECT COUNT(*) FROM returns r WHERE r.customer_id = c.id) AS returns, (SELECT GROUP_CONCAT(DISTINCT t.name) FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id) AS tags FROM customers c JOIN orders o ON o.customer_id = c.id JOIN order_lines l ON l.order_id = o.id LEFT JOIN addresses a ON a.id = o.shipping_address_id WHERE o.placed_at >= '2024-01-01' AND o.status NOT IN ('CANCELLED', 'FRAUD') AND (a.country = 'DE' OR a.country IS NULL) GROUP BY c.id, c.email HAVING gross > 500 ORDER BY gross DESC, c.id LIMIT 100

#@ READ
WITH monthly AS (SELECT DATE_FORMAT(placed_at, '%Y-%m-01') AS month, customer_id, SUM(total) AS spent FROM orders WHERE status = 'PAID' GROUP BY 1, 2), ranked AS (SELECT month, customer_id, spent, RANK() OVER (PARTITION BY month ORDER BY spent DESC) AS r FROM monthly), top AS (SELECT * FROM ranked WHERE r <= 10) SELECT t.month, t.customer_id, c.email, t.spent, t.r, LAG(t.spent) OVER (PARTITION BY t.customer_id ORDER BY t.month) AS previous FROM top t JOIN customers c ON c.id = t.customer_id ORDER BY t.month, t.r

#@ WRITE
INSERT INTO events (id, type, actor_id, payload, created_at) VALUES (1, 'login', 17, '{"ip":"127.0.0.1"}', '2024-05-01 10:00:00'), (2, 'view', 17, '{"page":"/"}', '2024-05-01 10:00:01'), (3, 'view', 17, '{"page":"/posts"}', '2024-05-01 10:00:05'), (4, 'click', 17, '{"target":"post-9"}', '2024-05-01 10:00:09'), (5, 'view', 17, '{"page":"/posts/9"}', '2024-05-01 10:00:10'), (6, 'comment', 17, '{"post":9,"len":120}', '2024-05-01 10:01:15'), (7, 'logout', 17, '{}', '2024-05-01 10:05:00'), (8, 'login', 23, '{"ip":"127.0.0.1"}', '2024-05-01 10:06:00'), (9, 'view', 23, '{"page":"/"}', '2024-05-01 10:06:02'), (10, 'logout', 23, '{}', '2024-05-01 10:09:00')

#@ WRITE
UPDATE products SET price = CASE id WHEN 1 THEN 9.99 WHEN 2 THEN 19.99 WHEN 3 THEN 4.50 WHEN 4 THEN 12.00 WHEN 5 THEN 7.25 WHEN 6 THEN 3.10 WHEN 7 THEN 99.00 WHEN 8 THEN 45.00 WHEN 9 THEN 15.75 WHEN 10 THEN 2.99 END, updated_at = NOW() WHERE id IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)

#@ WRITE
select s1_0.id,s1_0.product_id,s1_0.quantity,s1_0.reserved,s1_0.version,s1_0.warehouse_id,w1_0.id,w1_0.code,w1_0.name from stock s1_0 join warehouses w1_0 on w1_0.id=s1_0.warehouse_id where s1_0.product_id in (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) and w1_0.code in (?,?,?) order by s1_0.product_id,w1_0.code for update
