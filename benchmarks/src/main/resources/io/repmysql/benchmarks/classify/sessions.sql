#@ Sessions a routing driver sees, in order, each on one connection. Same format as corpus.sql, with
#@ "#@ session NAME" starting a session: each statement's route is the one a correct splitter gives it
#@ after the statements before it in the same session. Written to be adversarial: session state that lives
#@ only on the primary, or that a lexer cannot see, from ORMs, dump tools, stored programs, prepared
#@ statements, sql_mode changes, read-only transactions, multi-statement lines, and cases reported to
#@ ProxySQL, MaxScale and kingshard (temporary tables, variables, LAST_INSERT_ID();, CALL creating tables).

#@ session hibernate-identity-and-last-insert-id
#@ BOTH
SET autocommit=1

#@ BOTH
SET SESSION TRANSACTION READ WRITE

#@ READ
select u1_0.id,u1_0.email from users u1_0 where u1_0.email=?

#@ WRITE
insert into users (created_at,email,name,version) values (?,?,?,?)

#@ WRITE
SELECT LAST_INSERT_ID()

#@ WRITE
SELECT LAST_INSERT_ID();

#@ WRITE
SELECT LAST_INSERT_ID() AS id

#@ WRITE
select @@identity

#@ WRITE
SELECT @@session.last_insert_id

#@ READ
select p1_0.id,p1_0.title from posts p1_0 where p1_0.author_id=?

#@ WRITE
insert into posts (author_id,body,created_at,title) values (?,?,?,?)

#@ BOTH
SET @new_post = 17

#@ READ
SELECT @new_post

#@ WRITE
SET @last_post = LAST_INSERT_ID()

#@ WRITE
SELECT * FROM posts WHERE id = @last_post

#@ WRITE
SET @copy = @last_post

#@ WRITE
SELECT @copy

#@ BOTH
SET @copy = 3

#@ READ
SELECT @copy

#@ READ
select count(p1_0.id) from posts p1_0 where p1_0.author_id=?

#@ READ
SELECT @@warning_count

#@ WRITE
update posts set title=? where id=?

#@ WRITE
SELECT @@warning_count

#@ READ
select c1_0.id from comments c1_0 where c1_0.post_id=?

#@ READ
SELECT @@warning_count

#@ WRITE
SELECT @@insert_id

#@ session spring-read-only-transactions
#@ BOTH
SET SESSION TRANSACTION READ ONLY

#@ READ
START TRANSACTION

#@ READ
select o1_0.id,o1_0.status from orders o1_0 where o1_0.customer_id=?

#@ READ
select count(o1_0.id) from orders o1_0

#@ READ
COMMIT

#@ BOTH
SET SESSION TRANSACTION READ WRITE

#@ WRITE
START TRANSACTION

#@ WRITE
select o1_0.id from orders o1_0 where o1_0.id=? for update

#@ WRITE
update orders set status=?,version=? where id=? and version=?

#@ WRITE
COMMIT

#@ READ
START TRANSACTION READ ONLY

#@ READ
select o1_0.id from orders o1_0 where o1_0.status=?

#@ WRITE
SELECT LAST_INSERT_ID()

#@ WRITE
SELECT @@last_gtid

#@ READ
COMMIT

#@ WRITE
INSERT INTO audit_log (event) VALUES ('export')

#@ READ
START TRANSACTION READ ONLY

#@ WRITE
SELECT LAST_INSERT_ID()

#@ READ
SELECT COUNT(*) FROM audit_log

#@ READ
COMMIT

#@ WRITE
CREATE TEMPORARY TABLE export_ids (id BIGINT PRIMARY KEY)

#@ WRITE
INSERT INTO export_ids SELECT id FROM orders WHERE status = 'paid'

#@ WRITE
START TRANSACTION READ ONLY

#@ WRITE
SELECT o.* FROM orders o JOIN export_ids e ON e.id = o.id

#@ WRITE
SELECT COUNT(*) FROM orders

#@ WRITE
COMMIT

#@ WRITE
DROP TEMPORARY TABLE export_ids

#@ READ
START TRANSACTION READ ONLY

#@ READ
SELECT COUNT(*) FROM orders

#@ READ
COMMIT

#@ session read-only-transaction-over-writer-state
#@ WRITE
SELECT MAX(id) INTO @max_id FROM orders

#@ WRITE
START TRANSACTION READ ONLY

#@ WRITE
SELECT * FROM orders WHERE id > @max_id - 10

#@ WRITE
SELECT COUNT(*) FROM orders

#@ WRITE
COMMIT

#@ BOTH
SET @max_id = 0

#@ READ
START TRANSACTION READ ONLY

#@ READ
SELECT COUNT(*) FROM orders

#@ WRITE
CREATE TEMPORARY TABLE scratch (id INT)

#@ WRITE
INSERT INTO scratch VALUES (1), (2)

#@ WRITE
SELECT * FROM scratch

#@ READ
SELECT * FROM orders WHERE id = 1

#@ READ
COMMIT

#@ WRITE
SELECT * FROM scratch

#@ WRITE
DROP TEMPORARY TABLE scratch

#@ READ
SET TRANSACTION READ ONLY

#@ READ
SELECT COUNT(*) FROM customers

#@ WRITE
CALL refresh_totals()

#@ WRITE
START TRANSACTION READ ONLY

#@ WRITE
SELECT COUNT(*) FROM customers

#@ WRITE
COMMIT

#@ session mysqldump-consistent-snapshot
#@ BOTH
/*!40100 SET @@SQL_MODE='' */

#@ BOTH
/*!40103 SET TIME_ZONE='+00:00' */

#@ WRITE
FLUSH /*!40101 LOCAL */ TABLES

#@ WRITE
FLUSH TABLES WITH READ LOCK

#@ BOTH
SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ

#@ WRITE
START TRANSACTION /*!40100 WITH CONSISTENT SNAPSHOT */

#@ WRITE
SHOW VARIABLES LIKE 'gtid\_mode'

#@ WRITE
SELECT @@GLOBAL.GTID_EXECUTED

#@ WRITE
SHOW MASTER STATUS

#@ WRITE
UNLOCK TABLES

#@ WRITE
SELECT LOGFILE_GROUP_NAME, FILE_NAME, TOTAL_EXTENTS FROM INFORMATION_SCHEMA.FILES WHERE FILE_TYPE = 'UNDO LOG'

#@ WRITE
SHOW DATABASES

#@ WRITE
SHOW CREATE DATABASE IF NOT EXISTS `shop`

#@ WRITE
SAVEPOINT sp

#@ WRITE
show tables

#@ WRITE
show table status like 'orders'

#@ BOTH
SET SQL_QUOTE_SHOW_CREATE=1

#@ BOTH
SET SESSION character_set_results = 'binary'

#@ WRITE
show create table `orders`

#@ BOTH
SET SESSION character_set_results = 'utf8mb4'

#@ WRITE
show fields from `orders`

#@ WRITE
SELECT /*!40001 SQL_NO_CACHE */ * FROM `orders`

#@ WRITE
ROLLBACK TO SAVEPOINT sp

#@ WRITE
show create table `customers`

#@ WRITE
SELECT /*!40001 SQL_NO_CACHE */ * FROM `customers`

#@ WRITE
ROLLBACK TO SAVEPOINT sp

#@ WRITE
RELEASE SAVEPOINT sp

#@ WRITE
COMMIT

#@ READ
SELECT COUNT(*) FROM orders

#@ session mysqldump-lock-tables
#@ BOTH
SET NAMES utf8mb4

#@ WRITE
LOCK TABLES `orders` READ /*!32311 LOCAL */, `customers` READ /*!32311 LOCAL */

#@ WRITE
SELECT /*!40001 SQL_NO_CACHE */ * FROM `orders`

#@ WRITE
SHOW TRIGGERS LIKE 'orders'

#@ WRITE
SELECT /*!40001 SQL_NO_CACHE */ * FROM `customers`

#@ WRITE
UNLOCK TABLES

#@ READ
SELECT COUNT(*) FROM orders

#@ WRITE
FLUSH TABLES orders, customers WITH READ LOCK

#@ WRITE
SELECT COUNT(*) FROM orders

#@ WRITE
UNLOCK TABLES

#@ READ
SELECT COUNT(*) FROM customers

#@ WRITE
LOCK TABLES orders WRITE

#@ WRITE
START TRANSACTION

#@ WRITE
SELECT * FROM orders

#@ WRITE
COMMIT

#@ READ
SELECT * FROM orders

#@ WRITE
FLUSH TABLES orders FOR EXPORT

#@ WRITE
SELECT * FROM orders

#@ WRITE
UNLOCK TABLES

#@ READ
SELECT * FROM orders

#@ session stored-procedures
#@ WRITE
DROP PROCEDURE IF EXISTS order_total

#@ WRITE
CREATE PROCEDURE order_total(IN p_id INT, OUT p_total DECIMAL(10,2)) BEGIN SELECT SUM(quantity * unit_price) INTO p_total FROM order_lines WHERE order_id = p_id; END

#@ READ
SELECT COUNT(*) FROM order_lines

#@ WRITE
CALL order_total(42, @total)

#@ WRITE
SELECT @total

#@ WRITE
SELECT * FROM orders WHERE id = 42

#@ BOTH
SET @total = NULL

#@ WRITE
SELECT @total

#@ WRITE
CALL order_total(43, @total)

#@ WRITE
SELECT @total AS total

#@ WRITE
COMMIT

#@ WRITE
SELECT @total

#@ session stored-procedure-temp-table
#@ WRITE
CREATE PROCEDURE build_report() BEGIN CREATE TEMPORARY TABLE IF NOT EXISTS report_rows AS SELECT id, total FROM orders; END

#@ READ
SELECT 1

#@ WRITE
CALL build_report()

#@ WRITE
SELECT * FROM report_rows

#@ WRITE
SELECT COUNT(*) FROM orders

#@ WRITE
SELECT @@server_id

#@ session compound-statements
#@ READ
SELECT COUNT(*) FROM orders

#@ WRITE
BEGIN NOT ATOMIC DECLARE n INT; SELECT COUNT(*) INTO n FROM orders; SET @order_count = n; END

#@ WRITE
SELECT @order_count

#@ WRITE
SELECT * FROM orders

#@ session compound-if-mariadb
#@ BOTH
SET @flag = 1

#@ READ
SELECT @flag

#@ WRITE
IF @flag = 1 THEN SET @msg = 'on'; ELSE SET @msg = 'off'; END IF

#@ WRITE
SELECT @msg

#@ WRITE
SELECT @flag

#@ session prepared-statements
#@ BOTH
SET @status = 'open'

#@ WRITE
PREPARE count_open FROM 'SELECT COUNT(*) INTO @open_count FROM orders WHERE status = ?'

#@ WRITE
EXECUTE count_open USING @status

#@ WRITE
SELECT @open_count

#@ READ
SELECT @status

#@ READ
SELECT * FROM orders WHERE status = @status

#@ WRITE
DEALLOCATE PREPARE count_open

#@ WRITE
PREPARE by_id FROM 'SELECT * FROM orders WHERE id = ?'

#@ BOTH
SET @id = 7

#@ WRITE
EXECUTE by_id USING @id

#@ READ
SELECT * FROM customers WHERE id = @id

#@ WRITE
DROP PREPARE by_id

#@ WRITE
PREPARE mk FROM 'CREATE TEMPORARY TABLE picked (id INT)'

#@ WRITE
EXECUTE mk

#@ WRITE
SELECT * FROM picked

#@ READ
SELECT * FROM customers

#@ WRITE
PREPARE setv FROM 'SET @v = 10'

#@ WRITE
EXECUTE setv

#@ WRITE
SELECT @v

#@ BOTH
SET @v = 11

#@ READ
SELECT @v

#@ session prepared-from-variable
#@ BOTH
SET @sql = CONCAT('SELECT MAX(id) INTO @max FROM ', 'orders')

#@ WRITE
PREPARE dyn FROM @sql

#@ WRITE
EXECUTE dyn

#@ WRITE
SELECT @max

#@ WRITE
SELECT @sql

#@ WRITE
DEALLOCATE PREPARE dyn

#@ WRITE
SELECT * FROM orders

#@ session execute-immediate-mariadb
#@ WRITE
EXECUTE IMMEDIATE 'SELECT COUNT(*) INTO @n FROM orders'

#@ WRITE
SELECT @n

#@ READ
SELECT COUNT(*) FROM orders

#@ WRITE
EXECUTE IMMEDIATE CONCAT('SELECT 1 INTO @', 'm')

#@ WRITE
SELECT @m

#@ session sql-mode-ansi-quotes
#@ BOTH
SET SESSION sql_mode = 'ANSI_QUOTES,STRICT_TRANS_TABLES'

#@ READ
SELECT "id", "name" FROM "customers" WHERE "id" = 1

#@ WRITE
CREATE TEMPORARY TABLE "picked" ("id" INT)

#@ WRITE
INSERT INTO "picked" VALUES (1)

#@ WRITE
SELECT * FROM "picked"

#@ WRITE
SELECT * FROM picked

#@ READ
SELECT "update" FROM "customers"

#@ BOTH
SET sql_mode = 'ANSI'

#@ WRITE
SELECT COUNT(*) FROM "picked"

#@ WRITE
DROP TEMPORARY TABLE "picked"

#@ READ
SELECT COUNT(*) FROM customers

#@ BOTH
SET sql_mode = ''

#@ READ
SELECT 'picked' FROM customers

#@ session sql-mode-no-backslash-escapes
#@ READ
SELECT * FROM files WHERE path = 'C:\' FOR UPDATE -- '

#@ BOTH
SET sql_mode = 'NO_BACKSLASH_ESCAPES'

#@ WRITE
SELECT * FROM files WHERE path = 'C:\' FOR UPDATE -- '

#@ WRITE
SELECT 'a\'; DELETE FROM files; -- '

#@ READ
SELECT * FROM files WHERE path = 'C:\temp\'

#@ WRITE
SELECT * FROM files WHERE path LIKE 'x\' LOCK IN SHARE MODE -- '

#@ BOTH
SET sql_mode = ''

#@ READ
SELECT * FROM files WHERE path = 'C:\' FOR UPDATE -- '

#@ BOTH
SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')

#@ WRITE
SELECT * FROM files WHERE path = 'C:\' FOR UPDATE -- '

#@ BOTH
SET SESSION sql_mode = REPLACE(@@sql_mode, 'NO_BACKSLASH_ESCAPES', '')

#@ READ
SELECT * FROM files WHERE path = 'C:\' FOR UPDATE -- '

#@ session sql-mode-unknown
#@ BOTH
SET @saved_mode = 'NO_BACKSLASH_ESCAPES'

#@ BOTH
SET sql_mode = @saved_mode

#@ WRITE
SELECT * FROM files WHERE path = 'C:\' FOR UPDATE -- '

#@ READ
SELECT id FROM files WHERE owner = ?

#@ READ
SELECT * FROM files WHERE name = 'report'

#@ READ
SELECT * FROM files WHERE name = "it's"

#@ BOTH
SET sql_mode = DEFAULT

#@ WRITE
SELECT * FROM files WHERE path = 'C:\' FOR UPDATE -- '

#@ BOTH
SET sql_mode = 'STRICT_TRANS_TABLES'

#@ READ
SELECT * FROM files WHERE path = 'C:\' FOR UPDATE -- '

#@ session mariadb-oracle-mode
#@ BOTH
SET sql_mode = 'ORACLE'

#@ WRITE
CREATE SEQUENCE order_seq START WITH 1

#@ WRITE
SELECT order_seq.nextval FROM dual

#@ WRITE
SELECT order_seq.currval FROM dual

#@ WRITE
SELECT NEXTVAL(order_seq)

#@ WRITE
SELECT LASTVAL(order_seq)

#@ WRITE
SELECT PREVIOUS VALUE FOR order_seq

#@ READ
SELECT "id" FROM "orders"

#@ WRITE
SELECT CURRVAL(order_seq)

#@ BOTH
SET sql_mode = DEFAULT

#@ READ
SELECT id FROM orders

#@ session multi-statement-lines
#@ WRITE
CREATE TABLE audit (id INT); START TRANSACTION

#@ WRITE
SELECT * FROM audit

#@ WRITE
COMMIT

#@ READ
SELECT * FROM audit

#@ WRITE
ALTER TABLE audit ADD note TEXT; SET @v = 1

#@ WRITE
SELECT @v

#@ BOTH
SET @v = 2

#@ READ
SELECT @v

#@ WRITE
INSERT INTO audit (id) VALUES (1); USE reporting

#@ WRITE
SELECT * FROM daily

#@ BOTH
USE reporting

#@ READ
SELECT * FROM daily

#@ WRITE
SET @x = 1; CREATE TEMPORARY TABLE picked (id INT)

#@ WRITE
SELECT * FROM picked

#@ WRITE
SELECT @x

#@ WRITE
DROP TEMPORARY TABLE picked; SET time_zone = '+02:00'

#@ WRITE
SELECT NOW()

#@ BOTH
SET time_zone = '+02:00'

#@ READ
SELECT NOW()

#@ WRITE
SELECT 1; SELECT 2

#@ READ
SELECT 3

#@ WRITE
CREATE PROCEDURE p(OUT x INT) BEGIN SET x = 1; END; CALL p(@x)

#@ WRITE
SELECT @x

#@ session multi-statement-procedure-definition
#@ WRITE
CREATE PROCEDURE tidy() BEGIN DECLARE n INT; SELECT COUNT(*) INTO n FROM audit; IF n > 100 THEN DELETE FROM audit LIMIT 10; END IF; END

#@ READ
SELECT COUNT(*) FROM audit

#@ WRITE
CREATE TRIGGER audit_bi BEFORE INSERT ON audit FOR EACH ROW BEGIN SET NEW.note = CASE WHEN NEW.note IS NULL THEN 'none' ELSE NEW.note END; END

#@ READ
SELECT COUNT(*) FROM audit

#@ WRITE
CREATE EVENT purge ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM audit WHERE id < 0; END

#@ READ
SELECT * FROM audit LIMIT 1

#@ WRITE
CREATE FUNCTION f(x INT) RETURNS INT DETERMINISTIC RETURN x + 1

#@ READ
SELECT f(1)

#@ session user-variables-beyond-set
#@ WRITE
UPDATE counters SET n = (@next := n + 1) WHERE id = 1

#@ WRITE
SELECT @next

#@ WRITE
DO @v := (SELECT MAX(id) FROM orders)

#@ WRITE
SELECT @v

#@ READ
SELECT * FROM orders

#@ WRITE
SELECT @rank := @rank + 1 AS r, id FROM orders ORDER BY total DESC

#@ WRITE
SELECT @rank

#@ BOTH
SET @rank = 0

#@ READ
SELECT @rank

#@ WRITE
INSERT INTO orders (status) VALUES ('new')

#@ WRITE
GET DIAGNOSTICS @rows = ROW_COUNT

#@ WRITE
SELECT @rows

#@ WRITE
INSERT INTO orders (id) VALUES (1)

#@ WRITE
GET CURRENT DIAGNOSTICS CONDITION 1 @state = RETURNED_SQLSTATE, @msg = MESSAGE_TEXT

#@ WRITE
SELECT @state, @msg

#@ WRITE
DO RELEASE_LOCK('import')

#@ WRITE
SELECT @anything

#@ BOTH
SET @anything = 1

#@ READ
SELECT @anything

#@ session set-from-primary-only-values
#@ WRITE
SELECT id INTO @b FROM orders ORDER BY id DESC LIMIT 1

#@ WRITE
SET @a = @b

#@ WRITE
SELECT @a

#@ WRITE
INSERT INTO orders (status) VALUES ('new')

#@ WRITE
SET @c = @@last_insert_id

#@ WRITE
SELECT @c

#@ WRITE
SET @d = @@identity

#@ WRITE
SELECT @d

#@ WRITE
SET @w = @@warning_count

#@ WRITE
SELECT @w

#@ WRITE
SET @g = @@last_gtid

#@ WRITE
SELECT @g

#@ BOTH
SET @e = 5

#@ BOTH
SET @f = @e * 2

#@ READ
SELECT @f

#@ WRITE
SET time_zone = @b

#@ WRITE
SELECT NOW()

#@ BOTH
SET time_zone = '+00:00'

#@ READ
SELECT NOW()

#@ session temporary-tables-renamed
#@ WRITE
CREATE TEMPORARY TABLE cart_tmp (id INT)

#@ WRITE
ALTER TABLE cart_tmp RENAME TO cart_work

#@ WRITE
SELECT * FROM cart_work

#@ WRITE
RENAME TABLE cart_work TO cart_done

#@ WRITE
SELECT * FROM cart_done

#@ READ
SELECT * FROM cart_tmp

#@ WRITE
ALTER TABLE cart_done RENAME cart_final

#@ WRITE
SELECT COUNT(*) FROM cart_final

#@ WRITE
ALTER TABLE cart_final RENAME COLUMN id TO cart_id

#@ WRITE
SELECT * FROM cart_final

#@ WRITE
DROP TEMPORARY TABLE cart_final

#@ READ
SELECT * FROM cart_final

#@ session proxysql-and-maxscale-reports
#@ WRITE
CREATE TEMPORARY TABLE `upd` (`user_id` INT NOT NULL, KEY `user_id` (`user_id`)) ENGINE = MYISAM

#@ WRITE
SELECT count(*) FROM `upd`;

#@ BOTH
set @blabla:=123

#@ READ
select @blabla

#@ BOTH
SET net_write_timeout=600

#@ BOTH
SET SQL_SELECT_LIMIT=502

#@ READ
SELECT t.* FROM xxx t

#@ BOTH
SET @@SESSION.long_query_time = 10

#@ READ
SHOW SESSION variables LIKE '%long_query_time%'

#@ WRITE
INSERT INTO payment_order SET parent_id = 5

#@ WRITE
SELECT LAST_INSERT_ID();

#@ WRITE
CREATE TEMPORARY TABLE ps_product_reductions (id INT)

#@ WRITE
SELECT * FROM ps_product_reductions

#@ WRITE
CALL make_temp_tables()

#@ WRITE
SELECT * FROM ps_cat_restriction

#@ BOTH
set autocommit = 0

#@ WRITE
select @@autocommit

#@ WRITE
COMMIT

#@ session warnings-and-previous-statement
#@ WRITE
INSERT INTO t (c) VALUES ('too long for the column')

#@ WRITE
SHOW WARNINGS

#@ WRITE
SELECT @@warning_count

#@ WRITE
SELECT @@session.error_count

#@ READ
SELECT * FROM t

#@ READ
SHOW WARNINGS

#@ READ
SELECT @@warning_count

#@ READ
SHOW COUNT(*) WARNINGS

#@ session transaction-ends-that-did-not-happen
#@ WRITE
BEGIN

#@ WRITE
INSERT INTO orders (id) VALUES (1)

#@ WRITE
UNLOCK TABLES

#@ WRITE
SELECT * FROM orders

#@ WRITE
ANALYZE SELECT * FROM orders

#@ WRITE
SELECT * FROM orders

#@ WRITE
ANALYZE FORMAT=JSON SELECT * FROM orders

#@ WRITE
SELECT COUNT(*) FROM orders

#@ WRITE
ROLLBACK

#@ READ
ANALYZE FORMAT=JSON SELECT * FROM orders

#@ READ
ANALYZE SELECT * FROM orders

#@ WRITE
ANALYZE TABLE orders

#@ WRITE
BEGIN

#@ WRITE
ANALYZE TABLE orders

#@ READ
SELECT * FROM orders

#@ session autocommit-expressions
#@ BOTH
SET autocommit = 1 - 1

#@ WRITE
SELECT * FROM orders

#@ WRITE
COMMIT

#@ WRITE
SELECT * FROM orders

#@ BOTH
SET autocommit = 1

#@ READ
SELECT * FROM orders

#@ BOTH
SET autocommit = 0 + 1

#@ READ
SELECT * FROM orders

#@ BOTH
SET autocommit = ON

#@ READ
SELECT * FROM orders

#@ BOTH
SET autocommit = 'ON'

#@ READ
SELECT * FROM orders

#@ session keywords-as-names
#@ READ
SELECT a.update FROM audit a

#@ READ
SELECT a.delete, a.insert FROM audit a

#@ READ
SELECT handler FROM jobs

#@ READ
SELECT j.handler, j.call FROM jobs j WHERE j.handler = 'mail'

#@ READ
SELECT t.replace, t.load FROM templates t

#@ READ
ANALYZE FORMAT=JSON SELECT * FROM orders

#@ READ
SELECT `update`, `delete` FROM audit

#@ READ
SELECT s.currval FROM sequences_report s

#@ WRITE
SELECT * FROM audit WHERE id IN (SELECT id FROM audit FOR UPDATE)

#@ session flyway-migration
#@ WRITE
SELECT GET_LOCK('flyway-lock', 10)

#@ READ
SELECT COUNT(*) FROM flyway_schema_history

#@ WRITE
CREATE TABLE IF NOT EXISTS orders_archive LIKE orders

#@ WRITE
INSERT INTO flyway_schema_history (installed_rank, version) VALUES (3, '3')

#@ READ
SELECT * FROM flyway_schema_history ORDER BY installed_rank

#@ WRITE
SELECT RELEASE_LOCK('flyway-lock')

#@ WRITE
DO RELEASE_LOCK('flyway-lock')

#@ READ
SELECT 1
