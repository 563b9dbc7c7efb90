#@ Sessions as ORMs, pools, dump and migration tools and GUI clients really emit them, written apart from the
#@ router and from the two other sessions corpora. Same format as sessions.sql: each statement's route is the one a
#@ correct splitter gives it on MySQL 8.0/9.x and MariaDB 10.11 after the statements before it in its session
#@ (where the flavors differ, the route that is safe on both).

#@ session hibernate6-generators-and-pessimistic-locks
#@ BOTH
SET autocommit=0

#@ WRITE
select tbl.next_val from hibernate_sequences tbl where tbl.sequence_name=? for update

#@ WRITE
update hibernate_sequences set next_val=?  where next_val=? and sequence_name=?

#@ WRITE
commit

#@ BOTH
SET autocommit=1

#@ WRITE
insert into orders (customer_id,status,total,version) values (?,?,?,?)

#@ WRITE
select @@identity

#@ WRITE
SHOW SESSION VARIABLES LIKE 'last_insert_id'

#@ WRITE
SHOW VARIABLES LIKE 'identity'

#@ WRITE
SHOW VARIABLES WHERE Variable_name = 'insert_id'

#@ WRITE
SHOW SESSION VARIABLES LIKE 'warning_count'

#@ READ
select o1_0.id,o1_0.status from orders o1_0 where o1_0.customer_id=?

#@ READ
SHOW VARIABLES LIKE 'auto_increment%'

#@ WRITE
select o1_0.id,o1_0.version from orders o1_0 where o1_0.id=? for update skip locked

#@ WRITE
select o1_0.id from orders o1_0 where o1_0.id=? for update nowait

#@ WRITE
select o1_0.id from orders o1_0 where o1_0.id=? for share

#@ WRITE
select o1_0.id from orders o1_0 join customers c1_0 on c1_0.id=o1_0.customer_id where o1_0.id=? for update of o1_0 skip locked

#@ WRITE
select o1_0.id from orders o1_0 where o1_0.id=? lock in share mode

#@ READ
select count(*) from orders o1_0 where o1_0.status in (?,?)

#@ READ
select o1_0.id,row_number() over(partition by o1_0.customer_id order by o1_0.id desc) from orders o1_0

#@ WRITE
select next value for order_seq

#@ WRITE
select previous value for order_seq

#@ WRITE
select nextval(order_seq)

#@ session jooq-mariadb-returning-and-row-values
#@ BOTH
set session sql_mode = 'STRICT_TRANS_TABLES,NO_ZERO_DATE,NO_ENGINE_SUBSTITUTION'

#@ WRITE
insert into `shop`.`orders` (`customer_id`, `total`) values (1, 10.50) returning `shop`.`orders`.`id`

#@ WRITE
delete from `shop`.`carts` where `shop`.`carts`.`updated_at` < ? returning `id`

#@ WRITE
replace into `shop`.`prices` (`id`, `amount`) values (1, 2) returning `id`

#@ READ
values row(1, 'a'), row(2, 'b')

#@ READ
select `v`.`a`, `v`.`b` from (values row(1, 2), row(3, 4)) as `v` (`a`, `b`)

#@ READ
table `shop`.`orders`

#@ READ
with recursive `t`(`n`) as (select 1 union all select (`t`.`n` + 1) from `t` where `t`.`n` < 10) select `t`.`n` from `t`

#@ WRITE
select `shop`.`orders`.`id` from `shop`.`orders` where `shop`.`orders`.`id` = 1 for update of `orders`

#@ WRITE
select `o`.`id` from `shop`.`orders` as `o` for update wait 5

#@ WRITE
select `o`.`id` from `shop`.`orders` as `o` lock in share mode nowait

#@ READ
select `o`.`id`, sum(`o`.`total`) over `w` from `shop`.`orders` as `o` window `w` as (order by `o`.`id`)

#@ READ
select `customer_id`, count(*) from `shop`.`orders` group by `customer_id` with rollup

#@ READ
select * from json_table('[1,2]', '$[*]' columns (`x` int path '$')) as `jt`

#@ WRITE
insert into `shop`.`counters` (`id`, `n`) values (1, 1) on duplicate key update `n` = values(`n`) + `n`, `id` = last_insert_id(`id`)

#@ WRITE
select last_insert_id()

#@ READ
select `shop`.`orders`.`note` from `shop`.`orders` where `shop`.`orders`.`note` = 'for update'

#@ session mybatis-and-pagehelper
#@ BOTH
SET NAMES utf8mb4

#@ READ
SELECT count(0) FROM (SELECT id, status FROM orders WHERE status = ?) tmp_count

#@ READ
SELECT id, status FROM orders WHERE status = ? LIMIT ?

#@ WRITE
INSERT INTO orders (customer_id, status) VALUES (?, ?)

#@ WRITE
SELECT LAST_INSERT_ID()

#@ READ
SELECT id, status FROM orders WHERE id = ?

#@ WRITE
SELECT SQL_CALC_FOUND_ROWS id FROM orders LIMIT 10

#@ WRITE
SELECT FOUND_ROWS()

#@ WRITE
UPDATE orders SET status = ? WHERE id = ?

#@ WRITE
SELECT ROW_COUNT()

#@ READ
SELECT * FROM orders WHERE note = "lock in share mode"

#@ READ
SELECT `into`, `update` FROM keywords_as_columns

#@ session django-autocommit-savepoints
#@ BOTH
SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED

#@ READ
SELECT @@SQL_AUTO_IS_NULL

#@ READ
SELECT VERSION()

#@ READ
SELECT `django_migrations`.`app`, `django_migrations`.`name` FROM `django_migrations`

#@ BOTH
SET autocommit=0

#@ WRITE
SAVEPOINT `s140234_x1`

#@ WRITE
SELECT `auth_user`.`id` FROM `auth_user` WHERE `auth_user`.`id` = 1 LIMIT 21 FOR UPDATE

#@ WRITE
UPDATE `auth_user` SET `last_login` = '2026-12-02 17:00:00' WHERE `auth_user`.`id` = 1

#@ WRITE
RELEASE SAVEPOINT `s140234_x1`

#@ WRITE
SAVEPOINT `s140234_x2`

#@ WRITE
INSERT INTO `django_session` (`session_key`, `session_data`, `expire_date`) VALUES ('k', 'd', '2026-12-16 17:00:00')

#@ WRITE
ROLLBACK TO SAVEPOINT `s140234_x2`

#@ WRITE
COMMIT

#@ WRITE
SELECT `auth_user`.`id` FROM `auth_user` WHERE `auth_user`.`username` = 'a' LIMIT 21

#@ WRITE
COMMIT

#@ BOTH
SET autocommit=1

#@ READ
SELECT `auth_user`.`id` FROM `auth_user` WHERE `auth_user`.`username` = 'a' LIMIT 21

#@ READ
SELECT `orders`.`id` FROM `orders` WHERE `orders`.`shipped_at` IS NULL

#@ session rails-connection-setup-and-migration-lock
#@ BOTH
SET NAMES utf8mb4,  @@SESSION.sql_mode = CONCAT(CONCAT(REPLACE(REPLACE(REPLACE(@@sql_mode, 'STRICT_TRANS_TABLES', ''), 'STRICT_ALL_TABLES', ''), 'TRADITIONAL', ''), ',NO_AUTO_VALUE_ON_ZERO'), ',STRICT_ALL_TABLES'),  @@SESSION.sql_auto_is_null = 0, @@SESSION.wait_timeout = 2147483

#@ READ
SELECT `schema_migrations`.`version` FROM `schema_migrations` ORDER BY `schema_migrations`.`version` ASC

#@ WRITE
SELECT GET_LOCK('3743683826731285185', 0)

#@ WRITE
CREATE TABLE `widgets` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `name` varchar(255))

#@ WRITE
INSERT INTO `schema_migrations` (`version`) VALUES ('20261202170000')

#@ WRITE
SELECT RELEASE_LOCK('3743683826731285185')

#@ READ
SELECT 1 AS one FROM `users` WHERE `users`.`email` = 'a@example.com' LIMIT 1

#@ READ
SELECT `orders`.* FROM `orders` WHERE `orders`.`shipped_at` IS NULL

#@ WRITE
BEGIN

#@ WRITE
INSERT INTO `users` (`email`, `created_at`) VALUES ('a@example.com', '2026-12-02 17:00:00.000000')

#@ WRITE
COMMIT

#@ READ
SELECT `users`.* FROM `users` WHERE `users`.`id` IS NULL LIMIT 1

#@ BOTH
SET @@SESSION.sql_mode = CONCAT(@@sql_mode, ',STRICT_ALL_TABLES'), @@SESSION.sql_auto_is_null = 0, @@SESSION.wait_timeout = 2147483

#@ READ
SELECT `users`.* FROM `users` ORDER BY `users`.`id` DESC LIMIT 1

#@ session sql-auto-is-null
#@ BOTH
SET SQL_AUTO_IS_NULL = 1

#@ READ
SELECT * FROM orders WHERE customer_id = 3

#@ WRITE
INSERT INTO orders (customer_id) VALUES (3)

#@ WRITE
SELECT * FROM orders WHERE id IS NULL

#@ WRITE
SELECT id FROM orders WHERE `id` IS NULL AND customer_id = 3

#@ BOTH
SET @@session.sql_auto_is_null = OFF

#@ READ
SELECT * FROM orders WHERE shipped_at IS NULL

#@ BOTH
SET SESSION sql_auto_is_null = ON

#@ WRITE
INSERT INTO customers (name) VALUES ('x')

#@ WRITE
SELECT * FROM customers c WHERE c.id IS NULL

#@ BOTH
SET sql_auto_is_null = DEFAULT

#@ READ
SELECT COUNT(*) FROM customers

#@ session laravel-and-pdo-emulation
#@ BOTH
set names 'utf8mb4' collate 'utf8mb4_unicode_ci'

#@ BOTH
set session sql_mode='ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'

#@ READ
select * from `users` where `email` = 'o\'brien@example.com' limit 1

#@ READ
select exists(select * from `users` where `email` = 'a@b.c') as `exists`

#@ READ
select * from information_schema.tables where table_schema = 'shop' and table_name = 'jobs' and table_type = 'BASE TABLE'

#@ WRITE
start transaction

#@ WRITE
select * from `jobs` where `queue` = 'default' and ((`reserved_at` is null and `available_at` <= 1764694800) or (`reserved_at` <= 1764694710)) order by `id` asc limit 1 for update skip locked

#@ WRITE
update `jobs` set `reserved_at` = 1764694800, `attempts` = 1 where `id` = 42

#@ WRITE
commit

#@ READ
select * from `users` where `name` = 'x\' FOR UPDATE -- ' limit 1

#@ BOTH
set session sql_mode='NO_BACKSLASH_ESCAPES'

#@ WRITE
select * from `users` where `name` = 'x\' FOR UPDATE -- ' limit 1

#@ WRITE
select 'a\', GET_LOCK('k', 0) -- ' as x

#@ BOTH
set session sql_mode=''

#@ READ
select 'a\', GET_LOCK('k', 0) -- ' as x

#@ BOTH
SET sql_mode = 'ANSI'

#@ WRITE
SELECT "a\" FOR UPDATE -- " FROM "users"

#@ READ
SELECT "name" FROM "users" WHERE "id" = 1

#@ BOTH
SET sql_mode = DEFAULT

#@ WRITE
SELECT "a\" FOR UPDATE -- " FROM users

#@ BOTH
SET sql_mode = 'STRICT_TRANS_TABLES'

#@ READ
SELECT "a\" FOR UPDATE -- " FROM users

#@ session spring-read-only-and-autocommit
#@ WRITE
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE

#@ WRITE
START TRANSACTION

#@ WRITE
SELECT * FROM accounts WHERE id = 1

#@ WRITE
COMMIT

#@ READ
SET TRANSACTION READ ONLY

#@ BOTH
SET autocommit=0

#@ READ
select a1_0.id,a1_0.balance from accounts a1_0 where a1_0.id=?

#@ READ
COMMIT

#@ WRITE
select a1_0.id from accounts a1_0 where a1_0.id=?

#@ WRITE
COMMIT

#@ BOTH
SET autocommit=1

#@ READ
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY

#@ READ
START TRANSACTION

#@ READ
SELECT SUM(balance) FROM accounts

#@ READ
COMMIT

#@ READ
START TRANSACTION READ ONLY, WITH CONSISTENT SNAPSHOT

#@ READ
SELECT COUNT(*) FROM accounts

#@ READ
COMMIT AND CHAIN

#@ READ
SELECT COUNT(*) FROM orders

#@ READ
COMMIT

#@ BOTH
SET SESSION TRANSACTION READ ONLY

#@ READ
START TRANSACTION

#@ READ
SELECT * FROM accounts

#@ READ
COMMIT

#@ BOTH
SET SESSION TRANSACTION READ WRITE

#@ WRITE
START TRANSACTION READ WRITE

#@ WRITE
UPDATE accounts SET balance = balance - 1 WHERE id = 1

#@ WRITE
COMMIT WORK

#@ READ
SELECT balance FROM accounts WHERE id = 2

#@ session pools-and-connection-init
#@ READ
SELECT 1

#@ READ
SELECT 1 FROM DUAL

#@ READ
/* ping */ SELECT 1

#@ READ
/* c3p0 */ SELECT 1 FROM dual

#@ BOTH
SET time_zone = '+00:00'

#@ BOTH
SET SESSION sql_mode = 'STRICT_ALL_TABLES', SESSION group_concat_max_len = 1048576

#@ READ
select @@session.transaction_read_only, @@session.transaction_isolation

#@ READ
SELECT @@session.auto_increment_increment AS auto_increment_increment, @@character_set_client AS character_set_client, @@max_allowed_packet AS max_allowed_packet, @@sql_mode AS sql_mode, @@time_zone AS time_zone

#@ BOTH
SET character_set_results = NULL

#@ BOTH
SET NAMES DEFAULT

#@ BOTH
SET CHARACTER SET DEFAULT

#@ READ
SELECT name FROM customers WHERE id = 1

#@ BOTH
SET autocommit = 1

#@ session mysqldump-mysql8-restore
#@ BOTH
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */

#@ BOTH
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */

#@ BOTH
/*!50503 SET NAMES utf8mb4 */

#@ BOTH
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */

#@ BOTH
/*!40103 SET TIME_ZONE='+00:00' */

#@ BOTH
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */

#@ BOTH
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */

#@ BOTH
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */

#@ BOTH
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */

#@ BOTH
SET @MYSQLDUMP_TEMP_LOG_BIN = @@SESSION.SQL_LOG_BIN

#@ BOTH
SET @@SESSION.SQL_LOG_BIN= 0

#@ WRITE
SET @@GLOBAL.GTID_PURGED=/*!80000 '+'*/ '3e11fa47-71ca-11e1-9e33-c80aa9429562:1-5'

#@ WRITE
DROP TABLE IF EXISTS `orders`

#@ BOTH
/*!40101 SET @saved_cs_client     = @@character_set_client */

#@ BOTH
/*!50503 SET character_set_client = utf8mb4 */

#@ WRITE
CREATE TABLE `orders` (`id` int NOT NULL AUTO_INCREMENT, `total` decimal(10,2) DEFAULT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci

#@ BOTH
/*!40101 SET character_set_client = @saved_cs_client */

#@ WRITE
LOCK TABLES `orders` WRITE

#@ WRITE
/*!40000 ALTER TABLE `orders` DISABLE KEYS */

#@ WRITE
INSERT INTO `orders` VALUES (1,10.00),(2,'it''s; a \' FOR UPDATE')

#@ WRITE
/*!40000 ALTER TABLE `orders` ENABLE KEYS */

#@ WRITE
UNLOCK TABLES

#@ WRITE
/*!50001 DROP VIEW IF EXISTS `open_orders`*/

#@ WRITE
/*!50001 CREATE ALGORITHM=UNDEFINED */ /*!50013 DEFINER=`root`@`%` SQL SECURITY DEFINER */ /*!50001 VIEW `open_orders` AS select `orders`.`id` AS `id` from `orders` */

#@ BOTH
/*!50003 SET @saved_sql_mode       = @@sql_mode */

#@ BOTH
/*!50003 SET sql_mode              = 'ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION' */

#@ WRITE
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`%`*/ /*!50003 TRIGGER `orders_bi` BEFORE INSERT ON `orders` FOR EACH ROW SET NEW.total = IFNULL(NEW.total, 0) */

#@ BOTH
/*!50003 SET sql_mode              = @saved_sql_mode */

#@ BOTH
SET @@SESSION.SQL_LOG_BIN = @MYSQLDUMP_TEMP_LOG_BIN

#@ BOTH
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */

#@ BOTH
/*!40101 SET SQL_MODE=@OLD_SQL_MODE */

#@ BOTH
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */

#@ BOTH
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */

#@ BOTH
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */

#@ BOTH
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */

#@ BOTH
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */

#@ READ
SELECT COUNT(*) FROM `orders`

#@ session mysqldump-single-transaction-dumping-side
#@ BOTH
/*!40100 SET @@SQL_MODE='' */

#@ BOTH
/*!40103 SET TIME_ZONE='+00:00' */

#@ BOTH
/*!80000 SET SESSION information_schema_stats_expiry=0 */

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
SHOW DATABASES

#@ BOTH
use `shop`

#@ WRITE
select @@collation_database

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
RELEASE SAVEPOINT sp

#@ WRITE
COMMIT

#@ READ
SELECT COUNT(*) FROM `orders`

#@ session mariadb-dump-and-mydumper
#@ BOTH
/*!40101 SET NAMES utf8mb4 */

#@ BOTH
/*M!100616 SET @OLD_NOTE_VERBOSITY=@@NOTE_VERBOSITY, NOTE_VERBOSITY=0 */

#@ BOTH
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */

#@ WRITE
DROP TABLE IF EXISTS `orders`

#@ WRITE
CREATE TABLE `orders` (`id` int(11) NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci

#@ WRITE
LOCK TABLES `orders` WRITE

#@ WRITE
/*!40000 ALTER TABLE `orders` DISABLE KEYS */

#@ WRITE
BEGIN

#@ WRITE
INSERT INTO `orders` VALUES (1),(2)

#@ WRITE
COMMIT

#@ WRITE
/*!40000 ALTER TABLE `orders` ENABLE KEYS */

#@ WRITE
UNLOCK TABLES

#@ WRITE
/*!50003 CREATE*/ /*!50020 DEFINER=`root`@`localhost`*/ /*!50003 PROCEDURE `refresh`()
BEGIN
  DELETE FROM order_cache;
  INSERT INTO order_cache SELECT id FROM orders;
END */

#@ BOTH
/*!40101 SET SQL_MODE=@OLD_SQL_MODE */

#@ BOTH
/*M!100616 SET NOTE_VERBOSITY=@OLD_NOTE_VERBOSITY */

#@ READ
SELECT id FROM orders

#@ BOTH
SET SESSION WAIT_TIMEOUT = 2147483

#@ BOTH
SET FOREIGN_KEY_CHECKS=0

#@ BOTH
SET SQL_MODE='NO_AUTO_VALUE_ON_ZERO,STRICT_TRANS_TABLES'

#@ WRITE
/*!40101 SET NAMES binary*/; INSERT INTO `orders` VALUES (3),(4)

#@ WRITE
SELECT id FROM orders

#@ BOTH
SET NAMES utf8mb4

#@ READ
SELECT id FROM orders

#@ session flyway-liquibase-locks
#@ WRITE
SELECT GET_LOCK('flyway-1234567', -1)

#@ READ
SELECT `installed_rank`,`version`,`description`,`type`,`script`,`checksum`,`installed_on`,`installed_by`,`execution_time`,`success` FROM `shop`.`flyway_schema_history` WHERE `installed_rank` > -1 ORDER BY `installed_rank`

#@ WRITE
INSERT INTO `shop`.`flyway_schema_history` (`installed_rank`, `version`, `description`, `type`, `script`, `checksum`, `installed_by`, `execution_time`, `success`) VALUES (2, '2', 'add widgets', 'SQL', 'V2__add_widgets.sql', 123, 'app', 12, 1)

#@ WRITE
SELECT RELEASE_LOCK('flyway-1234567')

#@ BOTH
SET autocommit=0

#@ WRITE
SELECT LOCKED FROM shop.DATABASECHANGELOGLOCK WHERE ID=1 FOR UPDATE

#@ WRITE
UPDATE shop.DATABASECHANGELOGLOCK SET `LOCKED` = 1, LOCKEDBY = 'host (10.0.0.1)', LOCKGRANTED = NOW() WHERE ID = 1 AND `LOCKED` = 0

#@ WRITE
COMMIT

#@ WRITE
SELECT MD5SUM FROM shop.DATABASECHANGELOG WHERE MD5SUM IS NOT NULL LIMIT 1

#@ WRITE
COMMIT

#@ BOTH
SET autocommit=1

#@ READ
SELECT COUNT(*) FROM shop.DATABASECHANGELOG

#@ WRITE
UPDATE shop.DATABASECHANGELOGLOCK SET `LOCKED` = 0, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1

#@ session gh-ost-and-pt-osc
#@ BOTH
SET SESSION time_zone = '+00:00'

#@ BOTH
SET SESSION wait_timeout=10000

#@ BOTH
SET SESSION innodb_lock_wait_timeout=1

#@ BOTH
SET SESSION lock_wait_timeout=60

#@ BOTH
SET @@SQL_QUOTE_SHOW_CREATE = 1/*!40101, @@SQL_MODE='NO_AUTO_VALUE_ON_ZERO,STRICT_TRANS_TABLES'*/

#@ READ
SHOW VARIABLES LIKE 'wsrep_on'

#@ READ
SHOW GRANTS FOR CURRENT_USER()

#@ WRITE
SHOW SLAVE STATUS

#@ WRITE
SHOW REPLICA STATUS

#@ WRITE
SHOW BINARY LOG STATUS

#@ WRITE
create /* gh-ost */ table `shop`.`_orders_gho` like `shop`.`orders`

#@ WRITE
select get_lock('gh-ost.42.lock', 0)

#@ READ
select /* gh-ost `shop`.`orders` */ `id` from `shop`.`orders` force index (`PRIMARY`) order by `id` asc limit 1

#@ WRITE
insert /* gh-ost `shop`.`orders` */ ignore into `shop`.`_orders_gho` (`id`, `total`) (select `id`, `total` from `shop`.`orders` force index (`PRIMARY`) where (((`id` > _binary'1')) and ((`id` < _binary'1000'))) lock in share mode)

#@ READ
SELECT /*!40001 SQL_NO_CACHE */ `id` FROM `shop`.`orders` FORCE INDEX(`PRIMARY`) WHERE ((`id` >= '1')) ORDER BY `id` LIMIT 999, 2 /*next chunk boundary*/

#@ WRITE
INSERT LOW_PRIORITY IGNORE INTO `shop`.`_orders_new` (`id`, `total`) SELECT `id`, `total` FROM `shop`.`orders` FORCE INDEX(`PRIMARY`) WHERE ((`id` >= '1')) AND ((`id` <= '1000')) LOCK IN SHARE MODE /*pt-online-schema-change 1234 copy nibble*/

#@ WRITE
lock /* gh-ost */ tables `shop`.`orders` write, `shop`.`_orders_del` write

#@ WRITE
rename /* gh-ost */ table `shop`.`orders` to `shop`.`_orders_del`, `shop`.`_orders_gho` to `shop`.`orders`

#@ WRITE
unlock tables

#@ WRITE
select release_lock('gh-ost.42.lock')

#@ BOTH
SET SESSION binlog_format = 'STATEMENT'

#@ BOTH
SET @crc := '', @cnt := 0

#@ WRITE
REPLACE INTO `percona`.`checksums` (db, tbl, chunk, chunk_index, lower_boundary, upper_boundary, this_cnt, this_crc) SELECT 'shop', 'orders', '1', NULL, NULL, NULL, COUNT(*) AS cnt, COALESCE(LOWER(CONV(BIT_XOR(CAST(CRC32(CONCAT_WS('#', `id`, `total`)) AS UNSIGNED)), 10, 16)), 0) AS crc FROM `shop`.`orders` /*checksum table*/

#@ READ
SELECT this_crc, this_cnt FROM `percona`.`checksums` WHERE db = 'shop' AND tbl = 'orders' AND chunk = '1'

#@ READ
EXPLAIN SELECT * FROM `shop`.`orders` WHERE 1=1

#@ session gui-clients-session-openers
#@ BOTH
SET NAMES 'utf8mb4' COLLATE 'utf8mb4_general_ci'

#@ READ
SELECT CURRENT_USER()

#@ READ
SHOW SESSION VARIABLES LIKE 'lower_case_table_names'

#@ READ
SELECT @@lower_case_table_names

#@ BOTH
SET collation_connection = 'utf8mb4_unicode_ci'

#@ READ
SELECT 1 FROM mysql.user LIMIT 1

#@ READ
SELECT `PRIVILEGE_TYPE` FROM `INFORMATION_SCHEMA`.`SCHEMA_PRIVILEGES` WHERE GRANTEE='''app''@''%''' AND PRIVILEGE_TYPE='EVENT'

#@ READ
select @@version_comment limit 1

#@ READ
SELECT DATABASE()

#@ BOTH
SET sql_safe_updates=1, sql_select_limit=1000, max_join_size=1000000

#@ READ
SELECT * FROM orders

#@ BOTH
SET SQL_SELECT_LIMIT=DEFAULT

#@ BOTH
SET SQL_SAFE_UPDATES=1

#@ READ
SHOW ENGINES

#@ READ
SHOW FULL COLUMNS FROM `shop`.`orders`

#@ READ
SHOW INDEXES FROM `shop`.`orders`

#@ READ
SHOW CHARSET

#@ READ
SHOW COLLATION WHERE Collation LIKE 'utf8mb4%'

#@ WRITE
SHOW MASTER LOGS

#@ WRITE
SHOW BINARY LOGS

#@ WRITE
KILL QUERY CONNECTION_ID()

#@ READ
SELECT * FROM `shop`.`orders` LIMIT 0, 1000

#@ READ
SHOW STATUS LIKE 'Last_query_cost'

#@ session session-settings-that-change-answers
#@ BOTH
SET @@session.group_concat_max_len = 1000000

#@ READ
SELECT GROUP_CONCAT(id) FROM orders

#@ BOTH
SET LOCAL div_precision_increment = 8

#@ READ
SELECT total / 3 FROM orders

#@ BOTH
SET SESSION max_execution_time = 1000, big_tables = ON

#@ BOTH
SET sql_buffer_result = 1, @@session.optimizer_switch = 'index_merge=off', @c = 3

#@ READ
SELECT @c, COUNT(*) FROM orders

#@ BOTH
SET default_storage_engine = InnoDB

#@ BOTH
SET character_set_results = utf8mb4, collation_connection = utf8mb4_bin

#@ BOTH
SET SESSION time_zone = 'Europe/Berlin'

#@ READ
SELECT created_at FROM orders

#@ WRITE
SET GLOBAL max_connections = 500, SESSION sql_select_limit = 10

#@ WRITE
SELECT * FROM orders

#@ BOTH
SET SESSION sql_select_limit = DEFAULT

#@ READ
SELECT * FROM orders

#@ WRITE
SET @@global.slow_query_log = 1, @@session.lc_time_names = 'de_DE'

#@ WRITE
SELECT DATE_FORMAT(created_at, '%W') FROM orders

#@ BOTH
SET lc_time_names = 'en_US'

#@ READ
SELECT DATE_FORMAT(created_at, '%W') FROM orders

#@ WRITE
SET PERSIST max_connections = 300, SESSION sql_select_limit = 5

#@ WRITE
SELECT id FROM orders

#@ BOTH
SET sql_select_limit = 18446744073709551615

#@ READ
SELECT id FROM orders

#@ WRITE
SELECT 50 INTO @lim

#@ WRITE
SET SESSION sql_select_limit = @lim

#@ WRITE
SELECT id FROM orders

#@ BOTH
SET sql_select_limit = DEFAULT

#@ READ
SELECT id FROM orders

#@ WRITE
SET time_zone = (SELECT tz FROM settings LIMIT 1)

#@ WRITE
SELECT created_at FROM orders

#@ BOTH
SET time_zone = '+00:00'

#@ READ
SELECT created_at FROM orders

#@ BOTH
SET @@session.group_concat_max_len = @@global.max_allowed_packet

#@ READ
SELECT GROUP_CONCAT(id) FROM orders

#@ BOTH
SET group_concat_max_len = 1024

#@ READ
SELECT GROUP_CONCAT(id) FROM orders

#@ session user-variables-pinned-and-released
#@ WRITE
SELECT @x := MAX(id) FROM orders

#@ WRITE
SELECT @x

#@ BOTH
SET @x = NULL

#@ READ
SELECT @x

#@ WRITE
SELECT id FROM orders WHERE id = 1 FOR UPDATE INTO @a

#@ WRITE
SELECT @a

#@ WRITE
SELECT 1 INTO @one FROM DUAL

#@ WRITE
SELECT @one + 1

#@ WRITE
WITH m AS (SELECT MAX(id) AS v FROM orders) SELECT v INTO @maxid FROM m

#@ WRITE
SELECT * FROM orders WHERE id = @maxid

#@ WRITE
INSERT INTO counters (id, n) VALUES (1, 1) ON DUPLICATE KEY UPDATE n = (@v := n + 1)

#@ WRITE
SELECT @v

#@ BOTH
SET @v := 0, @maxid = 7

#@ READ
SELECT @v, @maxid

#@ WRITE
SET @y = @a

#@ WRITE
SELECT @y

#@ WRITE
REPLACE INTO order_archive SELECT * FROM orders WHERE created_at < NOW() - INTERVAL 1 YEAR

#@ READ
SELECT COUNT(*) FROM order_archive

#@ WRITE
SELECT id INTO OUTFILE '/tmp/ids.txt' FROM orders

#@ READ
SELECT * FROM orders PROCEDURE ANALYSE()

#@ session temporary-tables-under-other-names
#@ WRITE
CREATE TEMPORARY TABLE orders_tmp LIKE orders

#@ WRITE
SELECT * FROM orders_tmp

#@ WRITE
TRUNCATE TABLE orders_tmp

#@ WRITE
SELECT COUNT(*) FROM orders_tmp

#@ WRITE
CREATE TEMPORARY TABLE customers (id INT)

#@ WRITE
SELECT * FROM customers

#@ WRITE
DROP TABLE customers

#@ READ
SELECT * FROM orders

#@ WRITE
CREATE TEMPORARY TABLE a (id INT)

#@ WRITE
CREATE TEMPORARY TABLE b (id INT)

#@ WRITE
DROP TEMPORARY TABLE IF EXISTS a, b

#@ WRITE
CREATE TEMPORARY TABLE db2.scratch (id INT)

#@ WRITE
SELECT * FROM db2.scratch

#@ WRITE
SELECT * FROM `db2`.`scratch`

#@ BOTH
USE db2

#@ WRITE
SELECT * FROM scratch

#@ WRITE
CREATE TABLE report AS SELECT * FROM orders_tmp

#@ WRITE
INSERT INTO orders SELECT * FROM orders_tmp

#@ WRITE
WITH c AS (SELECT id FROM orders_tmp) SELECT * FROM c

#@ WRITE
SELECT * FROM orders WHERE id IN (SELECT id FROM shop.orders_tmp)

#@ WRITE
SHOW CREATE TABLE shop.orders_tmp

#@ WRITE
SELECT table_name FROM information_schema.columns WHERE table_name = 'orders_tmp'

#@ WRITE
EXPLAIN SELECT * FROM shop.orders_tmp

#@ WRITE
HANDLER shop.orders_tmp OPEN AS h

#@ WRITE
HANDLER h READ FIRST

#@ WRITE
HANDLER h READ NEXT

#@ WRITE
HANDLER h CLOSE

#@ WRITE
HANDLER shop.orders OPEN

#@ WRITE
HANDLER orders READ `PRIMARY` NEXT

#@ WRITE
HANDLER orders CLOSE

#@ session temporary-table-in-a-transaction-does-not-commit
#@ WRITE
START TRANSACTION

#@ WRITE
INSERT INTO orders (customer_id) VALUES (1)

#@ WRITE
CREATE TEMPORARY TABLE picked (id INT)

#@ WRITE
SELECT * FROM customers

#@ WRITE
DROP TEMPORARY TABLE picked

#@ WRITE
SELECT * FROM customers

#@ WRITE
COMMIT

#@ READ
SELECT * FROM customers

#@ session xa-and-transaction-spellings
#@ WRITE
XA START 'xid1'

#@ WRITE
INSERT INTO orders (customer_id) VALUES (2)

#@ WRITE
SELECT * FROM orders

#@ WRITE
XA END 'xid1'

#@ WRITE
XA PREPARE 'xid1'

#@ WRITE
XA COMMIT 'xid1'

#@ READ
SELECT * FROM orders

#@ WRITE
XA BEGIN 'xid2'

#@ WRITE
UPDATE orders SET total = 1

#@ WRITE
XA END 'xid2'

#@ WRITE
XA COMMIT 'xid2' ONE PHASE

#@ READ
SELECT * FROM orders

#@ WRITE
XA RECOVER

#@ BOTH
SET autocommit = 0

#@ WRITE
XA START 'xid3'

#@ WRITE
DELETE FROM carts

#@ WRITE
XA END 'xid3'

#@ WRITE
XA ROLLBACK 'xid3'

#@ WRITE
SELECT * FROM orders

#@ WRITE
COMMIT

#@ BOTH
SET autocommit = 1

#@ WRITE
BEGIN; INSERT INTO orders (customer_id) VALUES (3); COMMIT;

#@ READ
SELECT * FROM orders

#@ WRITE
BEGIN WORK

#@ WRITE
SAVEPOINT a

#@ WRITE
UPDATE orders SET total = 2

#@ WRITE
ROLLBACK WORK TO SAVEPOINT a

#@ WRITE
ROLLBACK WORK

#@ READ
SELECT * FROM orders

#@ WRITE
START TRANSACTION

#@ WRITE
COMMIT AND NO CHAIN NO RELEASE

#@ READ
SELECT * FROM orders

#@ WRITE
LOCK TABLES orders AS o READ LOCAL, customers AS c READ

#@ WRITE
SELECT * FROM orders AS o

#@ WRITE
UNLOCK TABLES

#@ READ
SELECT * FROM orders

#@ session implicit-commits-then-reads
#@ WRITE
START TRANSACTION

#@ WRITE
INSERT INTO orders (customer_id) VALUES (4)

#@ WRITE
GRANT SELECT ON shop.* TO 'reporter'@'%'

#@ READ
SELECT * FROM orders

#@ WRITE
BEGIN

#@ WRITE
UPDATE orders SET total = 3

#@ WRITE
CREATE USER 'u1'@'%' IDENTIFIED BY 'not-a-secret'

#@ READ
SELECT * FROM orders

#@ WRITE
BEGIN

#@ WRITE
DELETE FROM carts

#@ WRITE
ALTER EVENT purge_carts DISABLE

#@ READ
SELECT * FROM carts

#@ WRITE
BEGIN

#@ WRITE
UPDATE orders SET total = 4

#@ WRITE
RENAME USER 'u1'@'%' TO 'u2'@'%'

#@ READ
SELECT * FROM orders

#@ WRITE
BEGIN

#@ WRITE
UPDATE orders SET total = 5

#@ WRITE
REVOKE SELECT ON shop.* FROM 'reporter'@'%'

#@ READ
SELECT * FROM orders

#@ WRITE
BEGIN

#@ WRITE
UPDATE orders SET total = 6

#@ WRITE
FLUSH PRIVILEGES

#@ READ
SELECT * FROM orders

#@ WRITE
BEGIN

#@ WRITE
UPDATE orders SET total = 7

#@ WRITE
CREATE INDEX orders_total ON orders (total)

#@ READ
SELECT * FROM orders

#@ BOTH
SET autocommit = 0

#@ WRITE
INSERT INTO orders (customer_id) VALUES (5)

#@ WRITE
GRANT SELECT ON shop.orders TO 'reporter'@'%'

#@ WRITE
SELECT * FROM orders

#@ WRITE
ROLLBACK

#@ BOTH
SET autocommit = 1

#@ READ
SELECT * FROM orders

#@ session prepared-statements-changing-settings
#@ WRITE
PREPARE s FROM 'SELECT * FROM orders WHERE id = ?'

#@ BOTH
SET @id = 5

#@ WRITE
EXECUTE s USING @id

#@ WRITE
DEALLOCATE PREPARE s

#@ WRITE
PREPARE s2 FROM 'SET @@session.sql_select_limit = 3'

#@ WRITE
EXECUTE s2

#@ WRITE
SELECT * FROM orders

#@ BOTH
SET sql_select_limit = DEFAULT

#@ READ
SELECT * FROM orders

#@ WRITE
PREPARE s3 FROM 'SET NAMES latin1'

#@ WRITE
EXECUTE s3

#@ WRITE
SELECT name FROM customers

#@ BOTH
SET NAMES utf8mb4

#@ READ
SELECT name FROM customers

#@ WRITE
PREPARE s4 FROM 'SET sql_mode = ''NO_BACKSLASH_ESCAPES'''

#@ WRITE
EXECUTE s4

#@ WRITE
SELECT 'a\', GET_LOCK('k', 0) -- ' AS x

#@ BOTH
SET sql_mode = 'NO_BACKSLASH_ESCAPES'

#@ WRITE
SELECT 'a\', GET_LOCK('k', 0) -- ' AS x

#@ BOTH
SET @@sql_mode := REPLACE(@@sql_mode, 'NO_BACKSLASH_ESCAPES', '')

#@ READ
SELECT 'a\', GET_LOCK('k', 0) -- ' AS x

#@ WRITE
DROP PREPARE s2

#@ WRITE
EXECUTE IMMEDIATE 'SET time_zone = ''+05:00'''

#@ WRITE
SELECT NOW(), created_at FROM orders

#@ BOTH
SET time_zone = '+00:00'

#@ READ
SELECT created_at FROM orders

#@ session mariadb-oracle-mode-and-set-statement
#@ BOTH
SET SESSION sql_mode = 'ORACLE'

#@ WRITE
SELECT order_seq.nextval FROM dual

#@ WRITE
SELECT order_seq.currval FROM dual

#@ READ
SELECT id FROM orders WHERE ROWNUM <= 10

#@ BOTH
SET sql_mode = 'STRICT_TRANS_TABLES'

#@ READ
SET STATEMENT max_statement_time=1 FOR SELECT * FROM orders

#@ WRITE
SET STATEMENT max_statement_time=1 FOR UPDATE orders SET total = 0

#@ READ
SELECT * FROM orders

#@ session connector-init-and-server-defaults
#@ READ
/* mysql-connector-j-8.4.0 (Revision: 1c3f5c149e0bfe31c7fbeb24e2d260cd890972c4) */SELECT @@session.auto_increment_increment AS auto_increment_increment, @@character_set_client AS character_set_client, @@character_set_connection AS character_set_connection, @@character_set_results AS character_set_results, @@character_set_server AS character_set_server, @@collation_server AS collation_server, @@collation_connection AS collation_connection, @@init_connect AS init_connect, @@interactive_timeout AS interactive_timeout, @@license AS license, @@lower_case_table_names AS lower_case_table_names, @@max_allowed_packet AS max_allowed_packet, @@net_write_timeout AS net_write_timeout, @@performance_schema AS performance_schema, @@query_cache_size AS query_cache_size, @@query_cache_type AS query_cache_type, @@sql_mode AS sql_mode, @@system_time_zone AS system_time_zone, @@time_zone AS time_zone, @@transaction_isolation AS transaction_isolation, @@wait_timeout AS wait_timeout

#@ READ
SHOW VARIABLES WHERE Variable_name ='language' OR Variable_name = 'net_write_timeout' OR Variable_name = 'interactive_timeout' OR Variable_name = 'wait_timeout' OR Variable_name = 'character_set_client' OR Variable_name = 'character_set_connection' OR Variable_name = 'character_set' OR Variable_name = 'character_set_server' OR Variable_name = 'tx_isolation' OR Variable_name = 'transaction_isolation' OR Variable_name = 'character_set_results' OR Variable_name = 'timezone' OR Variable_name = 'time_zone' OR Variable_name = 'system_time_zone' OR Variable_name = 'lower_case_table_names' OR Variable_name = 'max_allowed_packet' OR Variable_name = 'net_buffer_length' OR Variable_name = 'sql_mode' OR Variable_name = 'query_cache_type' OR Variable_name = 'query_cache_size' OR Variable_name = 'init_connect'

#@ BOTH
SET character_set_results = NULL

#@ BOTH
SET autocommit=1

#@ BOTH
SET time_zone = @@global.time_zone

#@ READ
SELECT NOW(), created_at FROM orders

#@ BOTH
SET SESSION sql_mode = @@GLOBAL.sql_mode

#@ READ
SELECT id FROM orders

#@ WRITE
SELECT 'a\', GET_LOCK('k', 0) -- ' AS x

#@ BOTH
SET sql_mode = 'STRICT_TRANS_TABLES'

#@ READ
SELECT 'a\', GET_LOCK('k', 0) -- ' AS x

#@ WRITE
SET @tz = @@global.time_zone

#@ WRITE
SELECT @tz

#@ BOTH
SET time_zone = 'UTC'

#@ WRITE
INSERT INTO audit (what) VALUES ('x')

#@ WRITE
SHOW SESSION STATUS LIKE 'Last_query_cost'

#@ READ
SELECT * FROM audit

#@ READ
SHOW STATUS LIKE 'Last_query_cost'

#@ READ
SHOW GLOBAL STATUS LIKE 'Threads_connected'

#@ WRITE
SELECT CONNECTION_ID()

#@ WRITE
SELECT VARIABLE_VALUE FROM performance_schema.session_variables WHERE VARIABLE_NAME = 'last_insert_id'

#@ WRITE
SELECT * FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME = 'LAST_QUERY_COST'

#@ READ
SELECT CURRENT_USER(), USER(), DATABASE(), VERSION()

#@ session temporary-table-listings
#@ WRITE
CREATE TEMPORARY TABLE IF NOT EXISTS cart_items SELECT * FROM carts WHERE 1 = 0

#@ WRITE
SHOW COLUMNS FROM cart_items

#@ WRITE
SHOW INDEX FROM cart_items

#@ WRITE
DESC cart_items

#@ WRITE
CHECKSUM TABLE cart_items

#@ WRITE
SELECT COUNT(*) FROM carts c, cart_items i WHERE c.id = i.id

#@ WRITE
ALTER TABLE cart_items RENAME TO cart_items_old

#@ WRITE
SELECT * FROM cart_items_old

#@ WRITE
DROP TEMPORARY TABLE cart_items_old

#@ READ
SELECT * FROM carts

#@ READ
SHOW COLUMNS FROM carts

#@ session read-only-transactions-in-other-spellings
#@ READ
START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY

#@ READ
SELECT * FROM orders

#@ READ
SAVEPOINT a

#@ READ
SELECT * FROM customers

#@ READ
RELEASE SAVEPOINT a

#@ READ
COMMIT

#@ READ
SET TRANSACTION READ ONLY

#@ BOTH
SET autocommit = 0

#@ READ
SELECT * FROM orders

#@ READ
ROLLBACK

#@ BOTH
SET autocommit = 1

#@ WRITE
START TRANSACTION

#@ WRITE
SELECT * FROM orders

#@ WRITE
START TRANSACTION READ ONLY

#@ WRITE
SELECT * FROM orders

#@ WRITE
COMMIT

#@ WRITE
INSERT INTO t VALUES (1,2) AS new ON DUPLICATE KEY UPDATE b = new.b

#@ BOTH
SET @rownum := 0

#@ WRITE
SELECT @rownum := @rownum + 1 AS rank, o.id FROM orders o

#@ WRITE
SELECT @rownum

#@ WRITE
EXPLAIN FOR CONNECTION 12

#@ READ
EXPLAIN FORMAT=TREE SELECT * FROM orders

#@ READ
EXPLAIN ANALYZE SELECT * FROM orders

#@ session mysqlbinlog-replay
#@ BOTH
/*!50530 SET @@SESSION.PSEUDO_SLAVE_MODE=1*/

#@ BOTH
/*!50003 SET @OLD_COMPLETION_TYPE=@@COMPLETION_TYPE,COMPLETION_TYPE=0*/

#@ WRITE
SET @@SESSION.GTID_NEXT= '3e11fa47-71ca-11e1-9e33-c80aa9429562:23'

#@ BOTH
SET TIMESTAMP=1764694800

#@ BOTH
SET @@session.pseudo_thread_id=12

#@ BOTH
SET @@session.foreign_key_checks=1, @@session.sql_auto_is_null=0, @@session.unique_checks=1, @@session.autocommit=1

#@ BOTH
SET @@session.sql_mode=1168113696

#@ BOTH
SET @@session.auto_increment_increment=1, @@session.auto_increment_offset=1

#@ BOTH
SET @@session.character_set_client=255,@@session.collation_connection=255,@@session.collation_server=255

#@ BOTH
SET @@session.lc_time_names=0

#@ BOTH
SET @@session.collation_database=DEFAULT

#@ WRITE
BEGIN

#@ BOTH
SET INSERT_ID=5

#@ WRITE
INSERT INTO orders (customer_id) VALUES (9)

#@ WRITE
COMMIT

#@ WRITE
SET @@SESSION.GTID_NEXT= 'AUTOMATIC' /* added by mysqlbinlog */

#@ READ
SELECT * FROM orders WHERE id = 5

#@ BOTH
/*!50003 SET COMPLETION_TYPE=@OLD_COMPLETION_TYPE*/

#@ BOTH
/*!50530 SET @@SESSION.PSEUDO_SLAVE_MODE=0*/

#@ session completion-type-chain
#@ BOTH
SET SESSION completion_type = 'CHAIN'

#@ WRITE
BEGIN

#@ WRITE
INSERT INTO orders (customer_id) VALUES (11)

#@ WRITE
COMMIT

#@ WRITE
SELECT * FROM orders

#@ WRITE
UPDATE orders SET total = 1 WHERE id = 11

#@ WRITE
COMMIT AND NO CHAIN

#@ READ
SELECT * FROM orders

#@ READ
START TRANSACTION READ ONLY

#@ READ
SELECT * FROM orders

#@ READ
ROLLBACK

#@ READ
SELECT * FROM customers

#@ READ
COMMIT WORK AND NO CHAIN

#@ BOTH
SET completion_type = 0

#@ WRITE
BEGIN

#@ WRITE
DELETE FROM carts WHERE id = 1

#@ WRITE
COMMIT

#@ READ
SELECT * FROM carts

#@ session mariadb-temporary-spellings-and-quoted-variables
#@ WRITE
CREATE OR REPLACE TEMPORARY TABLE picked (id INT)

#@ WRITE
SELECT * FROM picked

#@ WRITE
TABLE picked

#@ WRITE
CREATE TEMPORARY TABLE recent AS (SELECT id FROM orders ORDER BY id DESC LIMIT 10)

#@ WRITE
SELECT COUNT(*) FROM recent

#@ WRITE
CREATE TEMPORARY TABLE `Mixed Case` (id INT) ENGINE=MEMORY

#@ WRITE
SELECT * FROM `mixed case`

#@ WRITE
SET @`last id` = LAST_INSERT_ID()

#@ WRITE
SELECT @`last id`

#@ WRITE
SET @'quoted' = LAST_INSERT_ID()

#@ WRITE
SELECT @'quoted'

#@ WRITE
SELECT @"quoted"

#@ WRITE
SELECT @QUOTED

#@ WRITE
SET @"dq" := (SELECT MAX(id) FROM orders)

#@ WRITE
SELECT @dq

#@ BOTH
SET @dq = 1, @quoted = 2, @`last id` = 3

#@ READ
SELECT @dq, @quoted, @`last id`

#@ session diagnostics-after-errors
#@ WRITE
INSERT IGNORE INTO orders (id) VALUES (1)

#@ WRITE
GET DIAGNOSTICS @n = NUMBER, @rows = ROW_COUNT

#@ WRITE
SELECT @n, @rows

#@ WRITE
GET DIAGNOSTICS CONDITION 1 @sqlstate = RETURNED_SQLSTATE, @msg = MESSAGE_TEXT

#@ WRITE
SELECT @sqlstate, @msg

#@ WRITE
SHOW WARNINGS

#@ WRITE
SELECT @@warning_count

#@ READ
SELECT id FROM orders

#@ READ
SHOW WARNINGS LIMIT 10

#@ READ
SHOW COUNT(*) ERRORS

#@ session lock-table-singular-and-backup-locks
#@ WRITE
LOCK TABLE orders WRITE

#@ WRITE
INSERT INTO orders (customer_id) VALUES (12)

#@ WRITE
SELECT * FROM orders

#@ WRITE
UNLOCK TABLE

#@ READ
SELECT * FROM orders

#@ WRITE
LOCK TABLE orders READ, customers AS c WRITE

#@ WRITE
SELECT * FROM customers AS c

#@ WRITE
UNLOCK TABLES

#@ READ
SELECT * FROM customers

#@ WRITE
LOCK INSTANCE FOR BACKUP

#@ WRITE
UNLOCK INSTANCE

#@ READ
SHOW VARIABLES LIKE '%timeout%'

#@ WRITE
SHOW VARIABLES LIKE '%'

#@ READ
SHOW PROCEDURE STATUS WHERE Db = 'shop'

#@ READ
SHOW TABLE STATUS LIKE 'orders'

#@ READ
SHOW ENGINE INNODB STATUS

#@ session autocommit-switches-inside-transactions
#@ WRITE
BEGIN

#@ WRITE
INSERT INTO orders (customer_id) VALUES (13)

#@ BOTH
SET autocommit = 1

#@ WRITE
SELECT * FROM orders

#@ WRITE
COMMIT

#@ READ
SELECT * FROM orders

#@ BOTH
SET autocommit = 0

#@ WRITE
INSERT INTO orders (customer_id) VALUES (14)

#@ BOTH
SET autocommit = 1

#@ READ
SELECT * FROM orders

#@ WRITE
START TRANSACTION

#@ BOTH
SET autocommit = 0

#@ WRITE
UPDATE orders SET total = 9 WHERE id = 14

#@ WRITE
COMMIT

#@ WRITE
SELECT * FROM orders

#@ WRITE
COMMIT

#@ BOTH
SET autocommit = 1

#@ BOTH
SET SESSION TRANSACTION READ ONLY

#@ BOTH
SET autocommit = 0

#@ READ
SELECT * FROM orders

#@ READ
COMMIT

#@ BOTH
SET autocommit = 1

#@ BOTH
SET SESSION TRANSACTION READ WRITE

#@ WRITE
INSERT INTO orders (customer_id) VALUES (15)

#@ WRITE
select * from `users` where `id` = 1 limit 1 lock in share mode

#@ READ
select * from `users` where `id` = 1 limit 1

#@ session mysql-shell-dump-instance
#@ BOTH
SET SQL_MODE = ''

#@ BOTH
SET NAMES 'utf8mb4'

#@ BOTH
SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ

#@ WRITE
FLUSH NO_WRITE_TO_BINLOG TABLES

#@ WRITE
FLUSH TABLES WITH READ LOCK

#@ WRITE
START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY

#@ WRITE
SELECT @@GLOBAL.GTID_EXECUTED

#@ WRITE
SHOW MASTER STATUS

#@ WRITE
UNLOCK TABLES

#@ WRITE
SELECT SCHEMA_NAME FROM information_schema.schemata

#@ WRITE
SELECT /*!40001 SQL_NO_CACHE */ `id`,`total` FROM `shop`.`orders` WHERE (`id` BETWEEN 1 AND 1000) ORDER BY `id`

#@ WRITE
COMMIT

#@ READ
SELECT COUNT(*) FROM `shop`.`orders`

#@ session mydumper-consistent-snapshot
#@ WRITE
FLUSH NO_WRITE_TO_BINLOG TABLES

#@ WRITE
FLUSH TABLES WITH READ LOCK

#@ WRITE
START TRANSACTION /*!40108 WITH CONSISTENT SNAPSHOT */

#@ WRITE
SHOW MASTER STATUS

#@ WRITE
UNLOCK TABLES

#@ WRITE
SELECT /*!40001 SQL_NO_CACHE */ * FROM `shop`.`orders`

#@ WRITE
COMMIT

#@ READ
SELECT 1

#@ session read-only-transaction-after-writes-with-autocommit-off
#@ BOTH
SET autocommit = 0

#@ WRITE
INSERT INTO orders (customer_id) VALUES (16)

#@ WRITE
START TRANSACTION READ ONLY

#@ WRITE
SELECT * FROM orders

#@ WRITE
COMMIT

#@ READ
SET TRANSACTION READ ONLY

#@ READ
SELECT * FROM orders

#@ READ
COMMIT

#@ WRITE
SELECT * FROM orders

#@ WRITE
UPDATE orders SET total = 3 WHERE id = 16

#@ WRITE
SET TRANSACTION READ ONLY

#@ WRITE
COMMIT

#@ BOTH
SET autocommit = 1
