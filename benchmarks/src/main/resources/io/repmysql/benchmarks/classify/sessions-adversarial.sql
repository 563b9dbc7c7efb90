#@ Adversarial sessions, written independently of sessions.sql and of the router, from MySQL 8/9 and
#@ MariaDB 10.11/11 semantics: spellings of session functions, variables assigned by statements other than
#@ SET, the scopes of SET, autocommit and transaction characteristics, read-only transactions over
#@ writer-only state, temporary tables under every name, mysqldump's header and footer, dumps under a
#@ global read lock, implicit commits, EXPLAIN/ANALYZE that execute, stored programs and compound
#@ statements, prepared statements, sql_mode changes the lexer must follow, sequences and Oracle mode,
#@ multi-statement lines, keywords used as names, and cases reported against ProxySQL and MaxScale.
#@ Same format as sessions.sql: "#@ session NAME" starts a session on a fresh autocommit connection, and each
#@ statement's route is the one a correct splitter gives it after the statements before it in its session.

#@ session orm-spellings-of-session-functions

#@ READ
/* select com.shop.Order */ select o1_0.id,o1_0.total from orders o1_0 where o1_0.id=?

#@ WRITE
/* insert com.shop.Order */ insert into orders (customer_id,total) values (?,?)

#@ WRITE
select last_insert_id() from dual

#@ WRITE
SELECT Last_Insert_Id ( )

#@ WRITE
SELECT LAST_INSERT_ID() + 0 AS id

#@ WRITE
SELECT * FROM orders WHERE id = LAST_INSERT_ID()

#@ WRITE
SELECT (SELECT last_insert_id()) AS id

#@ WRITE
SELECT id FROM orders WHERE id IN (SELECT LAST_INSERT_ID())

#@ WRITE
SELECT COALESCE(LAST_INSERT_ID(), 0)

#@ WRITE
select @@IDENTITY as id

#@ WRITE
SELECT @@session.identity

#@ WRITE
SELECT @@SESSION.LAST_INSERT_ID

#@ WRITE
SELECT @@insert_id

#@ WRITE
SELECT/**/LAST_INSERT_ID()

#@ WRITE
SELECT
  LAST_INSERT_ID()
FROM DUAL

#@ READ
select count(*) from orders where customer_id = ?

#@ WRITE
SELECT ROW_COUNT()

#@ WRITE
select found_rows()

#@ WRITE
SELECT SQL_CALC_FOUND_ROWS * FROM orders LIMIT 10

#@ WRITE
SELECT FOUND_ROWS() CNT

#@ WRITE
SELECT FOUND_ROWS() AS total, 1 AS page

#@ WRITE
select /*!40001 SQL_CALC_FOUND_ROWS */ id from orders limit 5

#@ READ
select o.id, o.`update`, o.`delete` from orders o

#@ READ
SELECT `for update` FROM t

#@ READ
SELECT 'FOR UPDATE' AS hint FROM t

#@ READ
SELECT "LOCK IN SHARE MODE" FROM t

#@ READ
SELECT 1 /* FOR UPDATE */ FROM t

#@ READ
SELECT 1 FROM t -- FOR UPDATE

#@ READ
SELECT 1 FROM t # FOR UPDATE

#@ WRITE
SELECT 1 FROM t /*!50000 FOR UPDATE */

#@ WRITE
SELECT * FROM t WHERE id = 1 /*!80000 FOR SHARE */

#@ WRITE
SELECT 1 FROM t /*M! FOR UPDATE */

#@ WRITE
SELECT /*+ MAX_EXECUTION_TIME(1000) */ * FROM t FOR UPDATE NOWAIT

#@ WRITE
SELECT * FROM t FOR UPDATE SKIP LOCKED

#@ WRITE
SELECT * FROM t FOR SHARE

#@ WRITE
select * from t lock in share mode

#@ WRITE
SELECT * FROM t FOR UPDATE OF t

#@ WRITE
select * from t for update wait 5

#@ WRITE
SELECT * FROM t
FOR
UPDATE

#@ WRITE
SELECT * FROM t FOR/* x */UPDATE

#@ WRITE
WITH x AS (SELECT id FROM t) SELECT * FROM x FOR UPDATE

#@ WRITE
(SELECT id FROM t WHERE a = 1 FOR UPDATE) UNION (SELECT id FROM t WHERE a = 2)

#@ WRITE
SELECT * FROM t WHERE id IN (SELECT id FROM u FOR UPDATE)

#@ READ
(SELECT id FROM t WHERE a = 1) UNION ALL (SELECT id FROM u)

#@ READ
((SELECT 1))

#@ READ
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) SELECT * FROM n

#@ READ
TABLE orders

#@ READ
TABLE orders ORDER BY id LIMIT 3

#@ READ
VALUES ROW(1, 2), ROW(3, 4)

#@ READ
  select 1

#@ READ
SELECT @never_assigned

#@ READ
SELECT CONCAT('a', 'b') AS ab

#@ READ
SELECT UUID()

#@ session select-into-variables

#@ WRITE
SELECT 1 INTO @x FROM dual

#@ WRITE
SELECT @x

#@ WRITE
SELECT id, total INTO @oid, @ototal FROM orders LIMIT 1

#@ WRITE
SELECT @oid + 1

#@ WRITE
SELECT * FROM orders WHERE total = @ototal

#@ BOTH
SET @oid = 5

#@ READ
SELECT @oid

#@ WRITE
SELECT @ototal

#@ WRITE
SELECT id FROM orders ORDER BY id LIMIT 1 INTO @first

#@ WRITE
SELECT @first

#@ WRITE
SELECT * FROM orders WHERE id > @first

#@ WRITE
SELECT @`first`

#@ WRITE
SELECT @'first'

#@ WRITE
select @FIRST

#@ BOTH
SET @First = 1

#@ READ
SELECT @first

#@ WRITE
SELECT 1, 2 INTO @a1, @a2

#@ WRITE
SELECT JSON_ARRAY(@a2)

#@ BOTH
SET @a2 = 'reset'

#@ READ
SELECT @a2

#@ WRITE
SELECT @a1

#@ READ
SELECT '@a1' FROM t

#@ READ
SELECT `@a1` FROM t

#@ READ
SELECT 1 FROM t /* @a1 */

#@ READ
SELECT email FROM users WHERE email LIKE '%@a1%'

#@ WRITE
SELECT @a3 := 1

#@ WRITE
SELECT @a3

#@ WRITE
SELECT * FROM t INTO OUTFILE '/tmp/t.csv'

#@ WRITE
SELECT * FROM t INTO DUMPFILE '/tmp/t.bin'

#@ WRITE
SELECT a INTO OUTFILE '/tmp/a.txt' FROM t

#@ READ
SELECT into_date FROM t

#@ session variables-assigned-by-other-statements

#@ WRITE
UPDATE counters SET n = (@v := n + 1) WHERE id = 1

#@ WRITE
SELECT @v

#@ WRITE
DO @w := 5

#@ WRITE
SELECT @w

#@ WRITE
SELECT @q := MAX(id) FROM orders

#@ WRITE
SELECT @q

#@ WRITE
INSERT INTO log (ref) SELECT @lv := id FROM orders LIMIT 1

#@ WRITE
SELECT @lv

#@ WRITE
SET @cnt = (SELECT COUNT(*) FROM orders)

#@ WRITE
SELECT @cnt

#@ WRITE
SET @a = @cnt

#@ WRITE
SELECT @a

#@ WRITE
SET @b = @@last_insert_id

#@ WRITE
SELECT @b

#@ WRITE
SET @e = @@error_count

#@ WRITE
SELECT @e

#@ WRITE
SET @wc = @@session.warning_count

#@ WRITE
SELECT @wc

#@ WRITE
SET @li := LAST_INSERT_ID()

#@ WRITE
SELECT @li

#@ WRITE
SET @id2 = @@IDENTITY

#@ WRITE
SELECT @id2

#@ WRITE
SET @fr = FOUND_ROWS()

#@ WRITE
SELECT @fr

#@ WRITE
SET @gtid = @@last_gtid

#@ WRITE
SELECT @gtid

#@ WRITE
INSERT INTO orders (total) VALUES (1)

#@ WRITE
GET DIAGNOSTICS @n = NUMBER, @rc = ROW_COUNT

#@ WRITE
SELECT @n, @rc

#@ WRITE
GET CURRENT DIAGNOSTICS CONDITION 1 @msg = MESSAGE_TEXT

#@ WRITE
SELECT @msg

#@ WRITE
SET @u = UUID()

#@ WRITE
SELECT * FROM orders WHERE token = @u

#@ WRITE
SET @r = RAND()

#@ WRITE
SELECT @r

#@ WRITE
SET @conn = CONNECTION_ID()

#@ WRITE
SELECT @conn

#@ WRITE
SET @lock = GET_LOCK('job', 0)

#@ WRITE
SELECT @lock

#@ BOTH
SET @plain = 'x', @num = 3

#@ READ
SELECT @plain, @num

#@ BOTH
SET @x = 1 + 2

#@ READ
SELECT @x

#@ BOTH
SET @s = 'it''s; SELECT 1'

#@ READ
SELECT @s

#@ BOTH
SET @t = "a\"b"

#@ READ
SELECT @t

#@ BOTH
SET @i = -1

#@ BOTH
SET @grouping_id := NULL

#@ READ
SELECT @i, @grouping_id

#@ WRITE
SET @both = 1, @pinned = @cnt

#@ WRITE
SELECT @pinned

#@ BOTH
SET @both = 2

#@ READ
SELECT @both

#@ WRITE
SELECT @v, @both

#@ session session-settings-and-their-scope

#@ BOTH
SET @@session.time_zone = '+00:00'

#@ BOTH
SET SESSION time_zone = 'UTC'

#@ BOTH
SET LOCAL sql_select_limit = 100

#@ BOTH
SET @@local.sql_select_limit = DEFAULT

#@ BOTH
SET NAMES utf8mb4 COLLATE utf8mb4_general_ci

#@ BOTH
SET CHARACTER SET utf8mb4

#@ BOTH
set character_set_results = NULL

#@ BOTH
SET SESSION group_concat_max_len = 1024 * 1024

#@ BOTH
SET @@session.sql_select_limit = 10, @z = 3

#@ READ
SELECT @z

#@ READ
SET STATEMENT max_statement_time = 5 FOR SELECT * FROM orders

#@ WRITE
SET STATEMENT sql_mode = '' FOR INSERT INTO orders (total) VALUES (1)

#@ WRITE
SET STATEMENT max_statement_time = 1 FOR SELECT * FROM orders FOR UPDATE

#@ WRITE
SET STATEMENT max_statement_time = 1 FOR SELECT LAST_INSERT_ID()

#@ WRITE
SET PERSIST max_connections = 500

#@ WRITE
SET GLOBAL slow_query_log = ON

#@ WRITE
SET @@global.max_connections = 200

#@ WRITE
SET PERSIST_ONLY max_connections = 300

#@ WRITE
SET GLOBAL max_connections = 300, @y = 2

#@ WRITE
SELECT @y

#@ BOTH
SET autocommit = ON

#@ READ
SELECT 1

#@ READ
SELECT @@max_allowed_packet, @@session.time_zone

#@ READ
SELECT @@session.transaction_read_only

#@ READ
SELECT @@autocommit

#@ READ
SELECT @@session.transaction_isolation

#@ READ
SELECT DATABASE(), USER(), CURRENT_USER(), VERSION()

#@ WRITE
SELECT @@in_transaction

#@ WRITE
SELECT CONNECTION_ID()

#@ WRITE
SELECT @@pseudo_thread_id

#@ WRITE
KILL QUERY 12345

#@ WRITE
SELECT * FROM information_schema.PROCESSLIST WHERE ID = CONNECTION_ID()

#@ READ
SELECT SLEEP(0)

#@ READ
SELECT BENCHMARK(10, MD5('a'))

#@ READ
SHOW SESSION VARIABLES LIKE 'time_zone'

#@ READ
/* mysql-connector-j-9.1.0 */SELECT @@session.auto_increment_increment AS auto_increment_increment, @@character_set_client AS character_set_client, @@character_set_connection AS character_set_connection

#@ BOTH
SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED

#@ BOTH
SET @@session.transaction_isolation = 'READ-COMMITTED'

#@ BOTH
SET SESSION transaction_isolation = 'REPEATABLE-READ'

#@ session autocommit-transactions-and-savepoints

#@ BOTH
SET autocommit=0

#@ WRITE
SELECT * FROM t

#@ WRITE
COMMIT

#@ WRITE
SELECT 1

#@ BOTH
SET autocommit = TRUE

#@ READ
SELECT * FROM t

#@ BOTH
set autocommit='0'

#@ WRITE
select * from t

#@ WRITE
ROLLBACK

#@ BOTH
SET @@session.autocommit = 1

#@ READ
SELECT * FROM t

#@ BOTH
SET autocommit = off

#@ WRITE
SELECT * FROM t

#@ BOTH
SET autocommit=1

#@ READ
SELECT 2

#@ BOTH
SET @@autocommit := 0

#@ WRITE
SELECT 3

#@ BOTH
SET SESSION autocommit = 'ON'

#@ READ
SELECT 3

#@ BOTH
SET @ac = 0

#@ BOTH
SET autocommit = @ac

#@ WRITE
SELECT 4

#@ BOTH
SET autocommit = 1

#@ WRITE
BEGIN WORK

#@ WRITE
SELECT * FROM t

#@ WRITE
COMMIT WORK

#@ READ
SELECT * FROM t

#@ WRITE
START TRANSACTION READ WRITE

#@ WRITE
SELECT * FROM t

#@ WRITE
COMMIT AND CHAIN

#@ WRITE
SELECT * FROM t

#@ WRITE
COMMIT AND NO CHAIN

#@ READ
SELECT * FROM t

#@ WRITE
START TRANSACTION

#@ WRITE
SAVEPOINT a

#@ WRITE
SELECT * FROM t

#@ WRITE
ROLLBACK TO a

#@ WRITE
SELECT * FROM t

#@ WRITE
ROLLBACK WORK TO SAVEPOINT a

#@ WRITE
RELEASE SAVEPOINT a

#@ WRITE
SELECT * FROM t

#@ WRITE
CREATE INDEX i_a ON t (a)

#@ READ
SELECT * FROM t

#@ WRITE
START TRANSACTION

#@ WRITE
TRUNCATE TABLE t2

#@ READ
SELECT * FROM t

#@ WRITE
BEGIN

#@ WRITE
BEGIN

#@ WRITE
SELECT * FROM t

#@ WRITE
COMMIT

#@ READ
SELECT 5

#@ WRITE
start transaction

#@ WRITE
rollback and chain

#@ WRITE
select * from t

#@ WRITE
rollback

#@ READ
select * from t

#@ WRITE
XA START 'x1'

#@ WRITE
SELECT * FROM t

#@ WRITE
INSERT INTO t (a) VALUES (1)

#@ WRITE
XA END 'x1'

#@ WRITE
XA PREPARE 'x1'

#@ WRITE
XA COMMIT 'x1'

#@ READ
SELECT * FROM t

#@ WRITE
XA BEGIN 'x2'

#@ WRITE
SELECT 1

#@ WRITE
XA END 'x2'

#@ WRITE
XA ROLLBACK 'x2'

#@ READ
SELECT 6

#@ READ
SET TRANSACTION READ ONLY

#@ READ
START TRANSACTION

#@ READ
SELECT * FROM t

#@ READ
COMMIT

#@ WRITE
START TRANSACTION

#@ WRITE
SELECT * FROM t

#@ WRITE
COMMIT

#@ READ
SELECT 7

#@ WRITE
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE

#@ WRITE
START TRANSACTION

#@ WRITE
SELECT * FROM t

#@ WRITE
COMMIT

#@ READ
SELECT 8

#@ READ
SET @@transaction_read_only = 1

#@ READ
START TRANSACTION

#@ READ
SELECT * FROM t

#@ READ
COMMIT

#@ WRITE
START TRANSACTION

#@ WRITE
INSERT INTO t (a) VALUES (2)

#@ WRITE
COMMIT

#@ READ
SELECT 9

#@ READ
SET @@tx_read_only = ON

#@ READ
BEGIN

#@ READ
SELECT * FROM t

#@ READ
COMMIT

#@ WRITE
BEGIN

#@ WRITE
UPDATE t SET a = a + 1

#@ WRITE
COMMIT

#@ READ
SELECT 10

#@ session read-only-transactions-over-writer-state

#@ BOTH
SET @plain = 1

#@ READ
START TRANSACTION READ ONLY

#@ READ
SELECT @plain

#@ READ
SELECT * FROM orders

#@ READ
COMMIT

#@ READ
START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY

#@ READ
SELECT * FROM orders

#@ READ
COMMIT

#@ WRITE
INSERT INTO orders (total) VALUES (5)

#@ READ
START TRANSACTION READ ONLY

#@ WRITE
SELECT LAST_INSERT_ID()

#@ READ
SELECT * FROM orders

#@ READ
COMMIT

#@ WRITE
CREATE TEMPORARY TABLE ro_tmp (x INT)

#@ WRITE
START TRANSACTION READ ONLY

#@ WRITE
SELECT * FROM orders

#@ WRITE
COMMIT

#@ WRITE
DROP TEMPORARY TABLE ro_tmp

#@ READ
START TRANSACTION READ ONLY

#@ READ
SELECT * FROM orders

#@ READ
COMMIT

#@ WRITE
SELECT MAX(id) INTO @mx FROM orders

#@ WRITE
START TRANSACTION READ ONLY

#@ WRITE
SELECT * FROM orders WHERE id = @mx

#@ WRITE
COMMIT

#@ BOTH
SET @mx = NULL

#@ READ
START TRANSACTION READ ONLY

#@ WRITE
SELECT COUNT(*) INTO @cnt2 FROM orders

#@ WRITE
SELECT @cnt2

#@ READ
COMMIT

#@ BOTH
SET @cnt2 = 0

#@ BOTH
SET SESSION TRANSACTION READ ONLY

#@ READ
START TRANSACTION

#@ READ
SELECT * FROM orders

#@ READ
COMMIT

#@ BOTH
SET SESSION TRANSACTION READ WRITE

#@ WRITE
START TRANSACTION

#@ WRITE
SELECT * FROM orders

#@ WRITE
COMMIT

#@ BOTH
SET SESSION transaction_read_only = ON

#@ READ
START TRANSACTION

#@ READ
SELECT * FROM orders

#@ READ
COMMIT

#@ BOTH
SET transaction_read_only = 0

#@ WRITE
START TRANSACTION

#@ WRITE
COMMIT

#@ READ
SET TRANSACTION READ ONLY

#@ READ
BEGIN

#@ READ
SELECT 1

#@ READ
COMMIT

#@ WRITE
BEGIN

#@ WRITE
COMMIT

#@ WRITE
SET @q := (SELECT MAX(id) FROM orders)

#@ WRITE
START TRANSACTION READ ONLY

#@ WRITE
SELECT @q

#@ WRITE
COMMIT

#@ session temporary-tables-by-every-name

#@ WRITE
CREATE TEMPORARY TABLE tmp_ids (id INT PRIMARY KEY)

#@ WRITE
INSERT INTO tmp_ids SELECT id FROM orders

#@ WRITE
SELECT * FROM tmp_ids

#@ WRITE
select count(*) from TMP_IDS

#@ WRITE
SELECT o.* FROM orders o JOIN tmp_ids t USING (id)

#@ WRITE
SELECT * FROM `tmp_ids`

#@ WRITE
SELECT * FROM shop.tmp_ids

#@ WRITE
SELECT * FROM `shop`.`tmp_ids`

#@ WRITE
SELECT * FROM shop . tmp_ids

#@ WRITE
SELECT (SELECT COUNT(*) FROM tmp_ids) AS n

#@ WRITE
SELECT * FROM orders WHERE id IN (SELECT id FROM tmp_ids)

#@ WRITE
SELECT * FROM orders WHERE EXISTS (SELECT 1 FROM tmp_ids t WHERE t.id = orders.id)

#@ WRITE
WITH c AS (SELECT id FROM tmp_ids) SELECT * FROM c

#@ WRITE
(SELECT id FROM orders) UNION (SELECT id FROM tmp_ids)

#@ WRITE
SELECT * FROM orders, tmp_ids

#@ WRITE
SELECT * FROM orders LEFT JOIN tmp_ids ON tmp_ids.id = orders.id

#@ WRITE
SHOW CREATE TABLE tmp_ids

#@ WRITE
DESCRIBE tmp_ids

#@ WRITE
DESC tmp_ids

#@ WRITE
SHOW COLUMNS FROM tmp_ids

#@ WRITE
SHOW FULL COLUMNS FROM `tmp_ids`

#@ WRITE
SHOW INDEX FROM tmp_ids

#@ WRITE
EXPLAIN SELECT * FROM tmp_ids

#@ WRITE
TABLE tmp_ids

#@ WRITE
SHOW TABLES

#@ WRITE
SHOW FULL TABLES LIKE 'tmp%'

#@ WRITE
SHOW TABLE STATUS

#@ WRITE
SELECT table_name FROM information_schema.TABLES WHERE table_schema = DATABASE()

#@ WRITE
HANDLER tmp_ids OPEN

#@ WRITE
HANDLER tmp_ids READ FIRST

#@ WRITE
HANDLER tmp_ids CLOSE

#@ WRITE
TRUNCATE tmp_ids

#@ WRITE
ALTER TABLE tmp_ids RENAME TO tmp_ids2

#@ WRITE
SELECT * FROM tmp_ids2

#@ READ
SELECT * FROM orders

#@ WRITE
DROP TEMPORARY TABLE tmp_ids2

#@ READ
SELECT * FROM orders

#@ READ
SHOW TABLES

#@ READ
SELECT * FROM tmp_ids2

#@ WRITE
CREATE TEMPORARY TABLE orders SELECT * FROM orders WHERE 1 = 0

#@ WRITE
SELECT * FROM orders

#@ WRITE
SELECT * FROM shop.orders

#@ WRITE
DROP TABLE orders

#@ READ
SELECT * FROM orders

#@ WRITE
CREATE TEMPORARY TABLE IF NOT EXISTS tmp_a (x INT)

#@ WRITE
CREATE TEMPORARY TABLE tmp_b AS SELECT * FROM orders WHERE 1 = 0

#@ WRITE
create temporary table `Tmp C` (x int)

#@ WRITE
SELECT * FROM `Tmp C`

#@ WRITE
INSERT INTO tmp_a SELECT 1

#@ WRITE
SELECT * FROM tmp_a, tmp_b

#@ WRITE
DROP TEMPORARY TABLE IF EXISTS tmp_a, tmp_b, `Tmp C`

#@ READ
SELECT * FROM t

#@ WRITE
CREATE TEMPORARY TABLE t1 (x INT) ENGINE=MEMORY

#@ WRITE
RENAME TABLE t1 TO t2

#@ WRITE
SELECT * FROM t2

#@ WRITE
DROP TABLE t2

#@ READ
SELECT * FROM t2

#@ WRITE
CREATE /*!32312 TEMPORARY */ TABLE dumped (x INT)

#@ WRITE
SELECT * FROM dumped

#@ WRITE
CREATE TEMPORARY TABLE tmp_like LIKE orders

#@ WRITE
REPLACE INTO tmp_like SELECT * FROM orders

#@ WRITE
SELECT COUNT(*) FROM tmp_like

#@ WRITE
CHECKSUM TABLE tmp_like

#@ WRITE
SELECT * FROM information_schema.COLUMNS WHERE table_name = 'tmp_like'

#@ session mysqldump-restore-header-and-footer

#@ BOTH
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;

#@ BOTH
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;

#@ BOTH
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;

#@ BOTH
/*!50503 SET NAMES utf8mb4 */;

#@ BOTH
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;

#@ BOTH
/*!40103 SET TIME_ZONE='+00:00' */;

#@ BOTH
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

#@ BOTH
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;

#@ BOTH
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;

#@ BOTH
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

#@ WRITE
DROP TABLE IF EXISTS `orders`;

#@ BOTH
/*!40101 SET @saved_cs_client     = @@character_set_client */;

#@ BOTH
/*!50503 SET character_set_client = utf8mb4 */;

#@ WRITE
CREATE TABLE `orders` (
  `id` int NOT NULL AUTO_INCREMENT,
  `note` varchar(64) DEFAULT 'a;b',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

#@ BOTH
/*!40101 SET character_set_client = @saved_cs_client */;

#@ WRITE
LOCK TABLES `orders` WRITE;

#@ WRITE
/*!40000 ALTER TABLE `orders` DISABLE KEYS */;

#@ WRITE
INSERT INTO `orders` VALUES (1,'it\'s; fine'),(2,'x\\');

#@ WRITE
SELECT COUNT(*) FROM `orders`

#@ WRITE
/*!40000 ALTER TABLE `orders` ENABLE KEYS */;

#@ WRITE
UNLOCK TABLES;

#@ READ
SELECT COUNT(*) FROM `orders`

#@ BOTH
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

#@ BOTH
/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;

#@ BOTH
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;

#@ BOTH
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;

#@ BOTH
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;

#@ BOTH
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;

#@ BOTH
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;

#@ BOTH
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

#@ READ
SELECT * FROM orders WHERE note = 'it\'s'

#@ BOTH
/*M!100616 SET @OLD_NOTE_VERBOSITY=@@NOTE_VERBOSITY, NOTE_VERBOSITY=0 */;

#@ BOTH
/*M!100616 SET NOTE_VERBOSITY=@OLD_NOTE_VERBOSITY */;

#@ READ
SELECT @OLD_SQL_MODE

#@ session dump-under-global-read-lock

#@ WRITE
FLUSH /*!40101 LOCAL */ TABLES

#@ WRITE
FLUSH TABLES WITH READ LOCK

#@ WRITE
SELECT * FROM orders

#@ BOTH
SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ

#@ WRITE
START TRANSACTION /*!40100 WITH CONSISTENT SNAPSHOT */

#@ WRITE
SHOW BINARY LOG STATUS

#@ WRITE
SELECT @@GLOBAL.GTID_EXECUTED

#@ WRITE
UNLOCK TABLES

#@ WRITE
SELECT * FROM orders

#@ WRITE
SHOW CREATE TABLE `orders`

#@ WRITE
SAVEPOINT sp

#@ WRITE
SELECT /*!40001 SQL_NO_CACHE */ * FROM `orders`

#@ WRITE
ROLLBACK TO SAVEPOINT sp

#@ WRITE
RELEASE SAVEPOINT sp

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

#@ WRITE
FLUSH TABLES `orders`, customers WITH READ LOCK

#@ WRITE
SELECT * FROM customers

#@ WRITE
UNLOCK TABLE

#@ READ
SELECT * FROM customers

#@ WRITE
LOCK TABLE orders READ

#@ WRITE
SELECT * FROM orders

#@ WRITE
LOCK TABLES customers READ

#@ WRITE
SELECT * FROM customers

#@ WRITE
UNLOCK TABLES

#@ READ
SELECT * FROM customers

#@ WRITE
lock tables orders as o read, customers write

#@ WRITE
SELECT * FROM orders o

#@ WRITE
unlock tables

#@ READ
SELECT 1

#@ WRITE
LOCK TABLES orders READ

#@ WRITE
BEGIN

#@ WRITE
SELECT * FROM orders

#@ WRITE
COMMIT

#@ READ
SELECT * FROM orders

#@ WRITE
START TRANSACTION

#@ WRITE
UNLOCK TABLES

#@ WRITE
SELECT * FROM orders

#@ WRITE
COMMIT

#@ READ
SELECT * FROM orders

#@ WRITE
LOCK TABLES orders WRITE

#@ BOTH
SET autocommit = 1

#@ WRITE
SELECT * FROM orders

#@ WRITE
UNLOCK TABLES

#@ READ
SELECT * FROM orders

#@ session implicit-commits

#@ WRITE
START TRANSACTION

#@ WRITE
INSERT INTO orders (total) VALUES (9)

#@ WRITE
CREATE TEMPORARY TABLE tt (x INT)

#@ WRITE
SELECT * FROM orders

#@ WRITE
DROP TEMPORARY TABLE tt

#@ WRITE
SELECT * FROM orders

#@ WRITE
CREATE TABLE x9 (a INT)

#@ READ
SELECT * FROM orders

#@ WRITE
START TRANSACTION

#@ WRITE
GRANT SELECT ON shop.* TO 'u'@'%'

#@ READ
SELECT 1

#@ WRITE
START TRANSACTION

#@ BOTH
SET autocommit = 1

#@ WRITE
SELECT 2

#@ WRITE
COMMIT

#@ READ
SELECT 2

#@ WRITE
START TRANSACTION

#@ WRITE
CACHE INDEX orders IN hot_cache

#@ READ
SELECT 3

#@ WRITE
START TRANSACTION

#@ WRITE
ANALYZE TABLE orders

#@ READ
SELECT 4

#@ WRITE
START TRANSACTION

#@ WRITE
ANALYZE SELECT * FROM orders

#@ WRITE
SELECT 5

#@ WRITE
ROLLBACK

#@ WRITE
START TRANSACTION

#@ WRITE
FLUSH PRIVILEGES

#@ READ
SELECT 6

#@ WRITE
START TRANSACTION

#@ WRITE
CREATE TEMPORARY TABLE tt2 (x INT)

#@ WRITE
ALTER TABLE tt2 ADD y INT

#@ READ
SELECT * FROM orders

#@ WRITE
SELECT * FROM tt2

#@ WRITE
START TRANSACTION

#@ WRITE
RENAME TABLE x9 TO x10

#@ READ
SELECT * FROM x10

#@ WRITE
START TRANSACTION

#@ WRITE
/*!50000 CREATE TABLE x11 (a INT) */

#@ READ
SELECT 7

#@ WRITE
START TRANSACTION

#@ WRITE
SAVEPOINT s1

#@ WRITE
RELEASE SAVEPOINT s1

#@ WRITE
SELECT 8

#@ WRITE
COMMIT

#@ WRITE
START TRANSACTION

#@ WRITE
LOAD DATA LOCAL INFILE 'x.csv' INTO TABLE orders

#@ WRITE
SELECT 9

#@ WRITE
COMMIT

#@ WRITE
START TRANSACTION

#@ WRITE
OPTIMIZE TABLE orders

#@ READ
SELECT 10

#@ WRITE
START TRANSACTION

#@ WRITE
DROP TEMPORARY TABLE tt2

#@ WRITE
SELECT 11

#@ WRITE
COMMIT

#@ READ
SELECT 12

#@ session explain-and-analyze

#@ READ
EXPLAIN SELECT * FROM orders

#@ READ
EXPLAIN FORMAT=JSON SELECT * FROM orders

#@ READ
EXPLAIN ANALYZE SELECT * FROM orders

#@ READ
explain format=tree select * from orders where id = 1

#@ WRITE
EXPLAIN ANALYZE SELECT * FROM orders FOR UPDATE

#@ WRITE
EXPLAIN ANALYZE UPDATE orders SET total = total

#@ WRITE
EXPLAIN ANALYZE DELETE FROM orders WHERE id = 0

#@ WRITE
ANALYZE UPDATE orders SET total = total WHERE id = 1

#@ WRITE
ANALYZE DELETE FROM orders WHERE id = 0

#@ WRITE
ANALYZE INSERT INTO orders (total) VALUES (0)

#@ READ
ANALYZE SELECT * FROM orders

#@ READ
analyze format=json select 1

#@ WRITE
ANALYZE TABLE orders

#@ WRITE
ANALYZE NO_WRITE_TO_BINLOG TABLE orders

#@ WRITE
ANALYZE LOCAL TABLE orders

#@ WRITE
ANALYZE TABLE orders PERSISTENT FOR ALL

#@ READ
EXPLAIN EXTENDED SELECT 1

#@ READ
DESCRIBE SELECT * FROM orders

#@ READ
DESC orders

#@ READ
EXPLAIN orders

#@ WRITE
EXPLAIN FOR CONNECTION 42

#@ WRITE
SHOW EXPLAIN FOR 42

#@ WRITE
EXPLAIN ANALYZE SELECT GET_LOCK('x', 0)

#@ READ
HELP 'SELECT'

#@ READ
SHOW CREATE TABLE orders

#@ READ
SHOW INDEX FROM orders

#@ session stored-programs-and-compound-statements

#@ WRITE
CREATE PROCEDURE p_fill(OUT n INT) BEGIN CREATE TEMPORARY TABLE IF NOT EXISTS filled (id INT); INSERT INTO filled SELECT id FROM orders; SELECT COUNT(*) INTO n FROM filled; END

#@ READ
SELECT * FROM orders

#@ READ
SELECT * FROM filled

#@ WRITE
CREATE FUNCTION f_next() RETURNS INT DETERMINISTIC BEGIN DECLARE v INT; SELECT MAX(id) INTO v FROM orders; RETURN v + 1; END

#@ READ
SELECT id FROM orders WHERE id = 3

#@ WRITE
CREATE PROCEDURE p2() SELECT * FROM orders

#@ WRITE
CREATE TRIGGER trg BEFORE INSERT ON orders FOR EACH ROW SET NEW.total = IFNULL(NEW.total, 0)

#@ READ
SELECT * FROM orders

#@ WRITE
CREATE EVENT ev ON SCHEDULE EVERY 1 HOUR DO DELETE FROM log WHERE ts < NOW() - INTERVAL 1 DAY

#@ READ
SELECT 1

#@ WRITE
CREATE DEFINER=`root`@`%` PROCEDURE `p3`(IN a INT)
BEGIN
  IF a > 0 THEN SELECT a; ELSE SELECT -a; END IF;
  CASE WHEN a = 1 THEN SET @p3 = 1; ELSE BEGIN END; END CASE;
END;

#@ READ
SELECT 2

#@ READ
SELECT @p3

#@ WRITE
CREATE OR REPLACE FUNCTION f2(x INT) RETURNS INT RETURN x * 2

#@ READ
SELECT 3

#@ WRITE
DROP PROCEDURE IF EXISTS p2

#@ READ
SELECT 4

#@ WRITE
SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'stop'

#@ WRITE
SHOW ERRORS

#@ WRITE
SELECT @@error_count

#@ READ
SELECT 5

#@ READ
SHOW WARNINGS

#@ READ
SHOW COUNT(*) WARNINGS

#@ READ
SELECT @@warning_count

#@ WRITE
BEGIN NOT ATOMIC DECLARE x INT DEFAULT 0; SELECT COUNT(*) INTO x FROM orders; SET @total = x; END

#@ WRITE
SELECT @total

#@ WRITE
SELECT * FROM orders

#@ WRITE
COMMIT

#@ READ
SELECT 6

#@ WRITE
SELECT * FROM orders

#@ session compound-statements-without-begin

#@ WRITE
IF (SELECT COUNT(*) FROM orders) > 0 THEN SET @has = 1; END IF

#@ WRITE
SELECT @has

#@ WRITE
COMMIT

#@ WRITE
SELECT * FROM orders

#@ BOTH
SET @has = 0

#@ READ
SELECT @has

#@ session loops-and-labels

#@ WRITE
lbl: BEGIN NOT ATOMIC SELECT 1; END lbl

#@ WRITE
SELECT * FROM orders

#@ session repeat-block

#@ WRITE
REPEAT SET @k = IFNULL(@k, 0) + 1; UNTIL @k > 3 END REPEAT

#@ WRITE
SELECT @k

#@ WRITE
SELECT * FROM orders

#@ session call-then-reads

#@ READ
SELECT * FROM orders

#@ WRITE
CALL p_fill(@n)

#@ WRITE
SELECT @n

#@ WRITE
SELECT * FROM filled

#@ WRITE
SELECT * FROM orders

#@ WRITE
SELECT 1

#@ WRITE
COMMIT

#@ READ
SELECT 1

#@ WRITE
SELECT * FROM orders

#@ BOTH
SET @n = 0

#@ READ
SELECT @n

#@ WRITE
call p2

#@ WRITE
SELECT 2

#@ session prepared-statements

#@ WRITE
PREPARE s1 FROM 'SELECT * FROM orders WHERE id = ?'

#@ BOTH
SET @id = 7

#@ WRITE
EXECUTE s1 USING @id

#@ WRITE
DEALLOCATE PREPARE s1

#@ READ
SELECT * FROM orders

#@ WRITE
PREPARE s2 FROM "SELECT COUNT(*) INTO @c FROM orders"

#@ WRITE
EXECUTE s2

#@ WRITE
SELECT @c

#@ WRITE
PREPARE s3 FROM 'CREATE TEMPORARY TABLE pt (x INT)'

#@ WRITE
EXECUTE s3

#@ WRITE
SELECT * FROM pt

#@ READ
SELECT * FROM orders

#@ WRITE
PREPARE s4 FROM 'SET @pv = ?'

#@ WRITE
EXECUTE s4 USING @id

#@ WRITE
SELECT @pv

#@ WRITE
PREPARE s5 FROM 'SELECT 1 FROM orders LOCK IN SHARE MODE'

#@ WRITE
EXECUTE s5

#@ WRITE
DROP PREPARE s5

#@ WRITE
PREPARE s6 FROM 'INSERT INTO orders (total) VALUES (?)'

#@ WRITE
EXECUTE s6 USING 3

#@ WRITE
SELECT LAST_INSERT_ID()

#@ READ
EXECUTE IMMEDIATE 'SELECT 1'

#@ WRITE
EXECUTE IMMEDIATE 'SELECT ? INTO @ei' USING 5

#@ WRITE
SELECT @ei

#@ WRITE
EXECUTE IMMEDIATE 'SET @x2 = 1'

#@ WRITE
SELECT @x2

#@ WRITE
PREPARE s7 FROM 'SET time_zone = ''+01:00'''

#@ WRITE
EXECUTE s7

#@ WRITE
SELECT NOW()

#@ BOTH
SET time_zone = '+01:00'

#@ READ
SELECT NOW()

#@ session prepared-from-a-variable-text

#@ BOTH
SET @sql = CONCAT('SELECT * FROM ', 'orders')

#@ READ
SELECT @sql

#@ WRITE
PREPARE s8 FROM @sql

#@ WRITE
EXECUTE s8

#@ WRITE
SELECT * FROM orders

#@ WRITE
SELECT @sql

#@ WRITE
DEALLOCATE PREPARE s8

#@ session sql-mode-quotes-and-backslashes

#@ BOTH
SET SESSION sql_mode = 'ANSI_QUOTES'

#@ READ
SELECT "id", "update" FROM "orders"

#@ WRITE
CREATE TEMPORARY TABLE "Scratch" (x INT)

#@ WRITE
SELECT * FROM "Scratch"

#@ WRITE
SELECT * FROM `Scratch`

#@ READ
SELECT 'Scratch' FROM orders

#@ WRITE
SELECT * FROM orders WHERE note = 'a' FOR UPDATE

#@ READ
SELECT "for update" FROM orders

#@ WRITE
SELECT "x" FROM orders FOR SHARE

#@ READ
SELECT * FROM orders WHERE "note" = 'it''s'

#@ WRITE
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
SET @@sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')

#@ WRITE
SELECT * FROM orders WHERE path = 'C:\' FOR UPDATE -- '

#@ READ
SELECT * FROM orders WHERE path = 'C:\' -- ' FOR UPDATE

#@ BOTH
SET sql_mode = REPLACE(@@sql_mode, 'NO_BACKSLASH_ESCAPES', '')

#@ READ
SELECT * FROM orders WHERE path = 'C:\' FOR UPDATE -- '

#@ BOTH
SET sql_mode = 'ANSI'

#@ READ
SELECT "a" || "b" FROM orders

#@ WRITE
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
SET sql_mode = ''

#@ READ
SELECT "FOR UPDATE" FROM orders

#@ READ
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ WRITE
SELECT * FROM orders WHERE note = "x" FOR UPDATE

#@ BOTH
SET SESSION sql_mode = 'TRADITIONAL,ANSI_QUOTES'

#@ READ
SELECT "lock" FROM "t"

#@ WRITE
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;

#@ READ
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
set sql_mode = 'ansi_quotes'

#@ WRITE
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
SET sql_mode = 'STRICT_ALL_TABLES'

#@ READ
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ WRITE
SET STATEMENT sql_mode = 'ANSI_QUOTES' FOR SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ READ
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ WRITE
SET STATEMENT sql_mode = 'NO_BACKSLASH_ESCAPES' FOR SELECT * FROM orders WHERE p = 'C:\' FOR UPDATE -- '

#@ READ
SELECT * FROM orders WHERE p = 'C:\' FOR UPDATE -- '

#@ WRITE
SET GLOBAL sql_mode = 'ANSI_QUOTES'

#@ READ
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ WRITE
SET @@SESSION.sql_mode = (SELECT 'ANSI_QUOTES')

#@ WRITE
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ WRITE
SELECT "a" FROM orders

#@ BOTH
SET sql_mode = DEFAULT

#@ WRITE
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ READ
SELECT a FROM orders

#@ BOTH
SET sql_mode = @OLD_SQL_MODE

#@ WRITE
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION'

#@ READ
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
SET sql_mode = 'MSSQL'

#@ WRITE
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
SET sql_mode = ''

#@ READ
SELECT 'x'

#@ session oracle-mode-and-sequences

#@ WRITE
CREATE SEQUENCE s1 START WITH 100 INCREMENT BY 10

#@ WRITE
SELECT NEXTVAL(s1)

#@ WRITE
SELECT NEXT VALUE FOR s1

#@ WRITE
SELECT PREVIOUS VALUE FOR s1

#@ WRITE
SELECT LASTVAL(s1)

#@ WRITE
SELECT SETVAL(s1, 500)

#@ WRITE
INSERT INTO orders (id) VALUES (NEXT VALUE FOR s1)

#@ READ
SELECT * FROM s1

#@ WRITE
select nextval(`s1`)

#@ WRITE
SELECT PREVIOUS VALUE FOR shop.s1

#@ WRITE
SELECT next value for `shop`.`s1`

#@ BOTH
SET sql_mode = ORACLE

#@ WRITE
SELECT s1.nextval FROM DUAL

#@ WRITE
SELECT s1.currval FROM DUAL

#@ WRITE
SELECT shop.s1.currval FROM dual

#@ READ
SELECT o.id FROM orders o

#@ READ
SELECT "id" FROM orders

#@ WRITE
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
SET sql_mode = 'TRADITIONAL'

#@ READ
SELECT "id" FROM orders

#@ BOTH
SET SESSION sql_mode='ORACLE,NO_BACKSLASH_ESCAPES'

#@ WRITE
SELECT s1.CURRVAL FROM dual

#@ BOTH
SET sql_mode = DEFAULT

#@ READ
SELECT o.id FROM orders o

#@ session multi-statement-lines

#@ WRITE
SELECT 1; SELECT 2

#@ WRITE
CREATE TABLE x1 (id INT); CREATE TEMPORARY TABLE x2 (id INT)

#@ WRITE
SELECT * FROM x2

#@ READ
SELECT * FROM x1

#@ WRITE
ALTER TABLE x1 ADD c INT; SET @m = 1

#@ WRITE
SELECT @m

#@ WRITE
USE shop2; SELECT 1

#@ WRITE
SELECT * FROM orders

#@ BOTH
USE `shop2`

#@ READ
SELECT * FROM orders

#@ READ
SELECT DATABASE()

#@ BOTH
use shop

#@ READ
SELECT DATABASE()

#@ WRITE
SET NAMES latin1; SELECT 1

#@ WRITE
SELECT 'é'

#@ BOTH
SET NAMES utf8mb4

#@ READ
SELECT 'é'

#@ WRITE
INSERT INTO orders (total) VALUES (1); SELECT LAST_INSERT_ID()

#@ READ
SELECT 1;

#@ READ
SELECT 1 ;

#@ READ
SELECT ';' AS semi FROM t

#@ READ
SELECT 1 /* ; DELETE FROM t */

#@ READ
SELECT 1 -- ; DELETE FROM t

#@ WRITE
SELECT 1 /*! ; DELETE FROM t */

#@ WRITE
CREATE TEMPORARY TABLE y1 (a INT); INSERT INTO y1 VALUES (1); SELECT * FROM y1

#@ WRITE
SELECT * FROM y1

#@ WRITE
START TRANSACTION; SELECT * FROM orders

#@ WRITE
SELECT 1

#@ WRITE
COMMIT; SELECT 1

#@ READ
SELECT 2

#@ WRITE
LOCK TABLES orders READ; SELECT * FROM orders

#@ WRITE
SELECT * FROM orders

#@ WRITE
UNLOCK TABLES; SELECT 1

#@ READ
SELECT * FROM orders

#@ WRITE
SET autocommit=0; SELECT 1

#@ WRITE
SELECT * FROM orders

#@ BOTH
SET autocommit=1

#@ READ
SELECT * FROM orders

#@ WRITE
SET sql_mode='ANSI_QUOTES'; SELECT 1

#@ WRITE
SELECT "id" FROM orders

#@ BOTH
SET sql_mode = 'ANSI_QUOTES'

#@ READ
SELECT "id" FROM orders

#@ BOTH
SET sql_mode = ''

#@ WRITE
SET time_zone = '+05:00'; SELECT NOW()

#@ WRITE
SELECT NOW()

#@ BOTH
SET time_zone = '+05:00'

#@ READ
SELECT NOW()

#@ WRITE
/* a */ SELECT 1;
/* b */ UPDATE orders SET total = 0 WHERE id = 0

#@ WRITE
CREATE PROCEDURE p9() BEGIN SELECT 1; END; CALL p9()

#@ WRITE
SELECT * FROM orders

#@ session keywords-as-names-and-strings

#@ READ
SELECT a.update, a.delete, a.insert FROM audit a

#@ READ
SELECT handler, `lock` FROM jobs

#@ READ
SELECT t.for, t.share FROM t

#@ READ
SELECT id AS `into` FROM t

#@ READ
SELECT `into` FROM t

#@ READ
SELECT 'into @x' FROM t

#@ READ
SELECT * FROM t WHERE status = 'LOCK IN SHARE MODE'

#@ READ
SELECT * FROM t WHERE note LIKE '%; DELETE FROM t%'

#@ READ
SELECT * FROM `update`

#@ READ
SELECT * FROM `db`.`for`

#@ READ
SELECT `t`.`last_insert_id` FROM t

#@ READ
SELECT t.last_insert_id FROM t

#@ READ
SELECT last_insert_id FROM t

#@ READ
SELECT found_rows FROM stats

#@ READ
SELECT row_count FROM stats

#@ READ
SELECT * FROM t WHERE `get_lock` = 1

#@ READ
SELECT COUNT(*) AS `sql_calc_found_rows` FROM t

#@ READ
SELECT * FROM orders WHERE user_var = '@@identity'

#@ READ
SELECT 'SELECT LAST_INSERT_ID()' FROM t

#@ READ
SELECT "it's \" FOR UPDATE" FROM t

#@ READ
SELECT 'a\'b FOR UPDATE' FROM t

#@ READ
SELECT 'a''b; DELETE FROM t' FROM t

#@ READ
SELECT x'41', b'01', _utf8mb4'FOR UPDATE' FROM t

#@ READ
SELECT N'into' FROM t

#@ READ
SELECT CAST('1' AS UNSIGNED)

#@ READ
SELECT t.currval FROM t

#@ READ
select * from t where c = '/* not a comment'

#@ READ
select * from t where c = '*/ FOR UPDATE /*'

#@ READ
SELECT `a``b` FROM t

#@ READ
SELECT 1 AS `LAST_INSERT_ID()`

#@ session side-effects-in-functions-and-admin

#@ WRITE
SELECT GET_LOCK('job', 10)

#@ WRITE
SELECT IS_USED_LOCK('job')

#@ WRITE
SELECT IS_FREE_LOCK('job')

#@ WRITE
SELECT RELEASE_LOCK('job')

#@ WRITE
SELECT RELEASE_ALL_LOCKS()

#@ WRITE
DO GET_LOCK('a', 0)

#@ WRITE
SELECT get_lock ( 'x' , 1 ) AS got

#@ WRITE
SELECT `name`, GET_LOCK(name, 0) FROM jobs

#@ WRITE
SELECT * FROM performance_schema.threads WHERE PROCESSLIST_ID = CONNECTION_ID()

#@ WRITE
RESET QUERY CACHE

#@ WRITE
FLUSH STATUS

#@ WRITE
CACHE INDEX orders IN hot_cache

#@ WRITE
OPTIMIZE TABLE orders

#@ WRITE
LOAD XML LOCAL INFILE 'x.xml' INTO TABLE t

#@ WRITE
KILL CONNECTION 42

#@ WRITE
HANDLER orders OPEN AS h

#@ WRITE
HANDLER h READ `PRIMARY` FIRST

#@ WRITE
HANDLER h READ NEXT LIMIT 10

#@ WRITE
HANDLER h CLOSE

#@ READ
SELECT * FROM orders

#@ BOTH
SET profiling = 1

#@ READ
SELECT * FROM orders

#@ READ
SHOW PROFILE

#@ WRITE
UPDATE orders SET total = total WHERE id = 0

#@ WRITE
SHOW PROFILE

#@ WRITE
SHOW WARNINGS

#@ WRITE
SHOW COUNT(*) ERRORS

#@ READ
SELECT 1

#@ READ
SHOW WARNINGS LIMIT 5

#@ WRITE
SELECT MASTER_GTID_WAIT('0-1-100')

#@ WRITE
DO SLEEP(0)

#@ WRITE
SELECT @plain

#@ session reports-against-other-splitters

#@ READ
select * from tbl limit 1

#@ WRITE
prepare stmt FROM 'select * from tbl limit 1'

#@ WRITE
execute stmt

#@ WRITE
deallocate prepare stmt

#@ BOTH
set names utf8mb4 collate utf8mb4_general_ci

#@ BOTH
SET @i = -1

#@ WRITE
INSERT INTO payment_order SET parent_id = 1

#@ WRITE
SELECT LAST_INSERT_ID();

#@ WRITE
SELECT LAST_INSERT_ID() FROM DUAL

#@ WRITE
SELECT SQL_CALC_FOUND_ROWS id, BAR FROM FOO LIMIT 0, 10

#@ WRITE
SELECT FOUND_ROWS() CNT

#@ WRITE
CREATE TEMPORARY TABLE temp_table_for__911858 (id INT)

#@ WRITE
INSERT INTO temp_table_for__911858 VALUES (1)

#@ WRITE
SELECT * FROM temp_table_for__911858

#@ WRITE
create table t2 (c1 integer, primary key (c1))

#@ BOTH
set @variable1 = 67

#@ WRITE
insert into t2 values (@variable1)

#@ READ
select * from t2

#@ READ
select @variable1

#@ BOTH
set autocommit = 0

#@ WRITE
select @@autocommit

#@ WRITE
commit

#@ BOTH
set autocommit = 1

#@ READ
select @@autocommit

#@ WRITE
CREATE TEMPORARY TABLE ps_product_reductions (id_product INT)

#@ WRITE
SELECT * FROM ps_product_reductions

#@ WRITE
CREATE TEMPORARY TABLE ps_cat_restriction ENGINE=MEMORY SELECT id_category FROM ps_category

#@ WRITE
SELECT * FROM ps_cat_restriction

#@ WRITE
CALL proc_with_temp()

#@ WRITE
SELECT * FROM mytmptable

#@ session variables-from-load-data-and-friends

#@ WRITE
LOAD DATA LOCAL INFILE '/tmp/orders.csv' INTO TABLE orders FIELDS TERMINATED BY ',' (@c1, total) SET note = UPPER(@c1)

#@ WRITE
SELECT @c1

#@ WRITE
SELECT @a := 1, @b := 2

#@ WRITE
SELECT @b

#@ WRITE
SELECT * FROM orders WHERE (@seen := id) > 0

#@ WRITE
SELECT @seen

#@ WRITE
SELECT 1 UNION SELECT 2 INTO @u

#@ WRITE
SELECT @u

#@ WRITE
WITH c AS (SELECT 1 AS x) SELECT x FROM c INTO @w

#@ WRITE
SELECT @w

#@ WRITE
DELETE FROM orders WHERE id = (@d := 5)

#@ WRITE
SELECT @d

#@ WRITE
SET @a1 = 1;SET @b1 = 2

#@ WRITE
SELECT @a1

#@ WRITE
SELECT @b1

#@ WRITE
SET @b1 = @b1 + 0

#@ WRITE
SELECT @b1

#@ BOTH
SET @b1 = 2

#@ READ
SELECT @b1

#@ WRITE
SET @sid = @@server_id

#@ WRITE
SELECT * FROM audit WHERE server_id = @sid

#@ WRITE
SET @host = @@hostname

#@ WRITE
SELECT @host

#@ WRITE
SET @uuid = @@global.server_uuid

#@ WRITE
SELECT @uuid

#@ READ
SELECT @@server_id, @@hostname

#@ BOTH
SET @v1 = 1, @v2 = @v1

#@ READ
SELECT @v2

#@ WRITE
SELECT LAST_INSERT_ID(5)

#@ WRITE
SELECT * FROM orders WHERE id > LAST_INSERT_ID() - 10

#@ WRITE
SELECT last_insert_id()+1

#@ WRITE
SELECT LAST_INSERT_ID/**/()

#@ WRITE
SELECT JSON_OBJECT('id', LAST_INSERT_ID())

#@ WRITE
SELECT * FROM (SELECT LAST_INSERT_ID() AS id) x

#@ WRITE
SELECT connection_id() AS id

#@ WRITE
SELECT * FROM performance_schema.events_statements_current WHERE THREAD_ID = PS_CURRENT_THREAD_ID()

#@ WRITE
SELECT PS_THREAD_ID(CONNECTION_ID())

#@ WRITE
SELECT * FROM sys.session WHERE conn_id = CONNECTION_ID()

#@ session roles-and-account-statements

#@ BOTH
SET ROLE 'reporting'

#@ READ
SELECT CURRENT_ROLE()

#@ READ
SELECT * FROM orders

#@ BOTH
SET ROLE NONE

#@ BOTH
SET ROLE DEFAULT

#@ BOTH
SET ROLE ALL EXCEPT 'admin'

#@ WRITE
SET DEFAULT ROLE 'reporting' TO 'app'@'%'

#@ WRITE
SET PASSWORD FOR 'app'@'%' = 'x'

#@ WRITE
START TRANSACTION

#@ WRITE
SET PASSWORD = 'secret'

#@ READ
SELECT 1

#@ WRITE
START TRANSACTION

#@ WRITE
SET DEFAULT ROLE ALL TO 'app'@'%'

#@ READ
SELECT 2

#@ WRITE
START TRANSACTION

#@ WRITE
CHECK TABLE orders

#@ READ
SELECT 3

#@ WRITE
START TRANSACTION

#@ WRITE
LOAD INDEX INTO CACHE orders

#@ READ
SELECT 4

#@ WRITE
START TRANSACTION

#@ WRITE
CREATE TEMPORARY TABLE dt (a INT)

#@ WRITE
DROP TABLE dt

#@ READ
SELECT 5

#@ WRITE
LOCK INSTANCE FOR BACKUP

#@ READ
SELECT * FROM orders

#@ WRITE
UNLOCK INSTANCE

#@ READ
SELECT * FROM orders

#@ WRITE
XA RECOVER

#@ session temporary-tables-more-spellings

#@ WRITE
CREATE TEMPORARY TABLE IF NOT EXISTS `shop`.`tmp_x` (a INT)

#@ WRITE
SELECT * FROM shop.tmp_x

#@ WRITE
CREATE TEMPORARY TABLE tmp_sel SELECT 1 AS a

#@ WRITE
SELECT a FROM tmp_sel

#@ WRITE
create temporary table if not exists TmpMixed (a int)

#@ WRITE
SELECT * FROM tmpmixed

#@ WRITE
CREATE OR REPLACE TEMPORARY TABLE r_tmp (a INT)

#@ WRITE
SELECT * FROM r_tmp

#@ WRITE
ALTER TABLE r_tmp RENAME AS r_tmp2

#@ WRITE
SELECT * FROM r_tmp2

#@ WRITE
ALTER TABLE tmp_sel ADD COLUMN c INT, RENAME TO tmp_sel2

#@ WRITE
SELECT * FROM tmp_sel2

#@ WRITE
RENAME TABLE shop.tmp_x TO shop.tmp_y, tmpmixed TO tmp_m2

#@ WRITE
SELECT * FROM tmp_y

#@ WRITE
SELECT * FROM tmp_m2 AS m

#@ WRITE
EXPLAIN tmp_m2

#@ WRITE
SELECT * FROM tmp_y PARTITION (p0)

#@ WRITE
DROP TABLE IF EXISTS tmp_y, tmp_m2, r_tmp2, tmp_sel2

#@ READ
SELECT * FROM tmp_y

#@ READ
SHOW TABLES

#@ WRITE
CREATE TEMPORARY TABLE t9 ENGINE=InnoDB AS (SELECT 1 AS a)

#@ WRITE
SELECT COUNT(*) FROM information_schema.INNODB_TEMP_TABLE_INFO

#@ WRITE
DROP TEMPORARY TABLE t9

#@ READ
SELECT 1

#@ session jdbc-escapes-and-orm-lines

#@ WRITE
{call p_fill(@n)}

#@ WRITE
SELECT @n

#@ WRITE
SELECT * FROM orders

#@ session orm-and-connector-session-setup

#@ READ
/* ApplicationName=DBeaver */ SELECT DATABASE()

#@ BOTH
SET SQL_AUTO_IS_NULL = 0

#@ READ
SELECT @@SQL_AUTO_IS_NULL

#@ BOTH
SET @@SESSION.sql_mode = CONCAT(CONCAT(@@sql_mode, ',STRICT_ALL_TABLES'), ',NO_AUTO_VALUE_ON_ZERO'),  @@SESSION.sql_auto_is_null = 0, @@SESSION.wait_timeout = 2147483

#@ READ
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
set names 'utf8mb4' collate 'utf8mb4_unicode_ci'

#@ BOTH
set session sql_mode='ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'

#@ READ
SHOW VARIABLES LIKE 'sql_mode'

#@ READ
SELECT CAST('test plain returns' AS CHAR(60)) AS anon_1

#@ READ
SELECT VERSION() AS `version`

#@ WRITE
select next_val as id_val from hibernate_sequence for update

#@ WRITE
update hibernate_sequence set next_val= ? where next_val=?

#@ WRITE
insert into orders (total) values (1); select last_insert_id()

#@ BOTH
set autocommit=0;

#@ WRITE
INSERT INTO orders (total) VALUES (2);

#@ WRITE
commit;

#@ WRITE
SELECT 1

#@ BOTH
SET autocommit=1

#@ READ
SELECT 1

#@ WRITE
BEGIN;

#@ WRITE
SELECT * FROM orders

#@ WRITE
COMMIT;

#@ READ
SELECT * FROM orders

#@ WRITE
begin ;

#@ WRITE
rollback ;

#@ READ
SELECT 2

#@ session sql-mode-other-spellings

#@ BOTH
SET sql_mode = "ANSI_QUOTES"

#@ WRITE
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
SET sql_mode = "NO_BACKSLASH_ESCAPES"

#@ WRITE
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
SET sql_mode = ''

#@ READ
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
SET sql_mode = 4

#@ WRITE
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
SET sql_mode = 0

#@ READ
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
/*!80000 SET sql_mode = 'ANSI_QUOTES' */

#@ WRITE
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
SET sql_mode = '', autocommit = 1

#@ READ
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
SET @@sql_mode := 'ANSI_QUOTES'

#@ WRITE
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
SET LOCAL sql_mode = ''

#@ READ
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
SET SESSION sql_mode = CONCAT_WS(',', @@sql_mode, 'ANSI_QUOTES')

#@ WRITE
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
SET sql_mode = 'POSTGRESQL'

#@ WRITE
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
SET sql_mode = 'EMPTY_STRING_IS_NULL,ANSI_QUOTES'

#@ WRITE
SELECT * FROM orders WHERE a = "\" FOR UPDATE -- "

#@ BOTH
SET sql_mode = ''

#@ WRITE
SELECT * FROM t -- comment
FOR UPDATE

#@ WRITE
SELECT * FROM t #comment
FOR UPDATE

#@ WRITE
SELECT * FROM t WHERE a = '--' FOR UPDATE

#@ WRITE
SELECT * FROM t WHERE a = 1--1 FOR UPDATE

#@ READ
SELECT * FROM t WHERE a = 1 --	FOR UPDATE

#@ READ
SELECT * FROM t WHERE a = _binary'x\' FOR UPDATE -- '

#@ WRITE
SELECT * FROM t WHERE a = X'41' FOR UPDATE

#@ READ
SELECT * FROM t WHERE a = N'x\' FOR UPDATE -- '

#@ WRITE
SELECT * FROM (SELECT * FROM t FOR UPDATE) d

#@ WRITE
SELECT * FROM t FOR SHARE OF t SKIP LOCKED

#@ BOTH
SET SESSION sql_mode = 'NO_BACKSLASH_ESCAPES'

#@ WRITE
SELECT * FROM t WHERE a = _binary'x\' FOR UPDATE -- '

#@ WRITE
SELECT * FROM t WHERE a = N'x\' FOR UPDATE -- '

#@ READ
SELECT * FROM t WHERE a = 'x\\' -- ' FOR UPDATE

#@ session mysqldump-rocksdb-probe

#@ WRITE
/*!50717 SELECT COUNT(*) INTO @rocksdb_has_p_s_session_variables FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'performance_schema' AND TABLE_NAME = 'session_variables' */;

#@ WRITE
/*!50717 SET @rocksdb_get_is_supported = IF (@rocksdb_has_p_s_session_variables, 'SELECT COUNT(*) INTO @rocksdb_is_supported FROM performance_schema.session_variables WHERE VARIABLE_NAME=\'rocksdb_bulk_load\'', 'SELECT 0') */;

#@ WRITE
/*!50717 PREPARE s FROM @rocksdb_get_is_supported */;

#@ WRITE
/*!50717 EXECUTE s */;

#@ WRITE
/*!50717 DEALLOCATE PREPARE s */;

#@ WRITE
SELECT * FROM orders

#@ BOTH
SET @@SESSION.SQL_LOG_BIN= 0;

#@ WRITE
SET @@GLOBAL.GTID_PURGED=/*!80000 '+'*/ '3E11FA47-71CA-11E1-9E33-C80AA9429562:1-5';

#@ WRITE
/*!40000 DROP DATABASE IF EXISTS `shop`*/;

#@ WRITE
CREATE DATABASE /*!32312 IF NOT EXISTS*/ `shop` /*!40100 DEFAULT CHARACTER SET utf8mb4 */;

#@ BOTH
USE `shop`;

#@ WRITE
/*!50003 SET @saved_sql_mode = @@sql_mode */ ;

#@ BOTH
/*!50003 SET sql_mode = 'ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES' */ ;

#@ WRITE
/*!50003 SET sql_mode = @saved_sql_mode */ ;

#@ session explain-and-analyze-more

#@ READ
EXPLAIN FORMAT=TREE TABLE orders

#@ READ
EXPLAIN ANALYZE TABLE orders

#@ WRITE
ANALYZE FORMAT=JSON UPDATE orders SET total = 1 WHERE id = 0

#@ WRITE
ANALYZE SELECT * FROM orders FOR UPDATE

#@ WRITE
EXPLAIN ANALYZE SELECT LAST_INSERT_ID()

#@ READ
EXPLAIN SELECT * FROM orders WHERE note = 'FOR UPDATE'

#@ session transaction-characteristics-more

#@ BOTH
SET SESSION TRANSACTION READ ONLY

#@ READ
BEGIN

#@ READ
SELECT * FROM orders

#@ READ
COMMIT

#@ WRITE
SET TRANSACTION READ WRITE

#@ WRITE
START TRANSACTION

#@ WRITE
SELECT * FROM orders

#@ WRITE
COMMIT

#@ READ
START TRANSACTION

#@ READ
COMMIT

#@ BOTH
SET SESSION TRANSACTION READ WRITE, ISOLATION LEVEL READ COMMITTED

#@ WRITE
START TRANSACTION WITH CONSISTENT SNAPSHOT

#@ WRITE
SELECT * FROM orders

#@ WRITE
COMMIT

#@ WRITE
SET @tok = UUID()

#@ WRITE
START TRANSACTION READ ONLY

#@ WRITE
SELECT @tok

#@ WRITE
COMMIT

#@ BOTH
SET @tok = 'x'

#@ READ
START TRANSACTION READ ONLY

#@ WRITE
CREATE TEMPORARY TABLE ro_made (a INT)

#@ READ
COMMIT

#@ WRITE
SELECT * FROM ro_made

#@ WRITE
START TRANSACTION READ ONLY

#@ WRITE
COMMIT

#@ session assignments-nested-in-other-statements

#@ WRITE
SET @a := (@b := 5)

#@ WRITE
SELECT @b

#@ WRITE
SET time_zone = '+00:00', @e = (@f := 1)

#@ WRITE
SELECT @f

#@ BOTH
SET time_zone = '+00:00'

#@ READ
SELECT NOW()

#@ WRITE
CREATE TABLE x3 AS SELECT @dv := 1 AS a

#@ WRITE
SELECT @dv

#@ READ
SELECT * FROM x3

#@ WRITE
CREATE TEMPORARY TABLE x2 AS SELECT @cv := 1 AS a

#@ WRITE
SELECT @cv

#@ WRITE
SELECT * FROM x2

#@ READ
SELECT * FROM x3

#@ WRITE
START TRANSACTION READ ONLY; SELECT 1

#@ WRITE
SELECT * FROM x3

#@ WRITE
COMMIT

#@ READ
SELECT * FROM x3
