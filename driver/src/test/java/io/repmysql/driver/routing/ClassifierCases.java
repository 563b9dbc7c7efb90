package io.repmysql.driver.routing;

/**
 * Statements and their expected classification on a fresh autocommit session, one per line:
 * {@code READ|WRITE|BOTH REASON | sql}. Kept apart from the test so the tables read as data.
 */
final class ClassifierCases {

    private ClassifierCases() {
    }

    static final String READS = """
            READ READ_STATEMENT | SELECT 1
            READ READ_STATEMENT | select * from users
            READ READ_STATEMENT | SeLeCt id FROM users WHERE name = 'bob'
            READ READ_STATEMENT |    \t SELECT 1
            READ READ_STATEMENT | SELECT 1;
            READ READ_STATEMENT | SELECT 1 ;  -- trailing comment
            READ READ_STATEMENT | SELECT 1; /* trailing block comment */
            READ READ_STATEMENT | WITH recent AS (SELECT * FROM posts) SELECT * FROM recent
            READ READ_STATEMENT | WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5) SELECT x FROM n
            READ READ_STATEMENT | (SELECT a FROM t1) UNION (SELECT a FROM t2)
            READ READ_STATEMENT | ((SELECT 1)) UNION ALL SELECT 2
            READ READ_STATEMENT | TABLE users
            READ READ_STATEMENT | TABLE users ORDER BY id LIMIT 3
            READ READ_STATEMENT | VALUES ROW(1, 2), ROW(3, 4)
            READ READ_STATEMENT | SHOW TABLES
            READ READ_STATEMENT | SHOW DATABASES
            READ READ_STATEMENT | SHOW CREATE TABLE users
            READ READ_STATEMENT | SHOW FULL PROCESSLIST
            READ READ_STATEMENT | SHOW VARIABLES LIKE 'read_only'
            READ READ_STATEMENT | SHOW GLOBAL STATUS LIKE 'Threads%'
            READ READ_STATEMENT | SHOW INDEX FROM users
            READ READ_STATEMENT | SHOW GRANTS
            READ READ_STATEMENT | SHOW TABLE STATUS
            READ READ_STATEMENT | SHOW ENGINE INNODB STATUS
            READ READ_STATEMENT | show columns from `users`
            READ READ_STATEMENT | DESCRIBE users
            READ READ_STATEMENT | DESC users
            READ READ_STATEMENT | describe shop.users email
            READ READ_STATEMENT | EXPLAIN users
            READ READ_STATEMENT | EXPLAIN SELECT * FROM users WHERE id = 1
            READ READ_STATEMENT | EXPLAIN FORMAT=JSON SELECT * FROM users
            READ READ_STATEMENT | EXPLAIN FORMAT = TREE SELECT 1
            READ READ_STATEMENT | EXPLAIN EXTENDED SELECT 1
            READ READ_STATEMENT | EXPLAIN ANALYZE SELECT * FROM users
            READ READ_STATEMENT | DESCRIBE SELECT * FROM users
            READ READ_STATEMENT | HELP 'contents'
            READ READ_STATEMENT | SELECT SLEEP(1)
            READ READ_STATEMENT | SELECT NOW(), UUID(), RAND()
            READ READ_STATEMENT | SELECT REPLACE(name, 'a', 'b') FROM users
            READ READ_STATEMENT | SELECT INSERT('Quadratic', 3, 4, 'What')
            READ READ_STATEMENT | SELECT TRUNCATE(price, 2) FROM items
            READ READ_STATEMENT | SELECT row_count FROM table_stats
            READ READ_STATEMENT | SELECT found_rows, last_insert_id FROM audit
            READ READ_STATEMENT | SELECT @a, @b
            READ READ_STATEMENT | SELECT @@session.sql_mode, @@read_only, @@server_id
            READ READ_STATEMENT | SELECT * FROM t WHERE a = @x
            READ READ_STATEMENT | SELECT * FROM t FOR SYSTEM_TIME AS OF TIMESTAMP '2020-01-01 00:00:00'
            READ READ_STATEMENT | SELECT * FROM JSON_TABLE('[1,2]', '$[*]' COLUMNS(rn FOR ORDINALITY, v INT PATH '$')) j
            READ READ_STATEMENT | SELECT CAST(x AS CHAR CHARACTER SET utf8mb4) FROM t
            READ READ_STATEMENT | SELECT a FROM t WHERE b IN (SELECT b FROM u WHERE c > 1)
            READ READ_STATEMENT | SELECT COUNT(*) FROM orders GROUP BY status HAVING COUNT(*) > 2
            READ READ_STATEMENT | SELECT `update`, `delete`, `insert` FROM `for update`
            READ READ_STATEMENT | SELECT 1 -- FOR UPDATE
            READ READ_STATEMENT | SELECT a.b FROM c.d a
            READ READ_STATEMENT | SELECT x FROM t WHERE y = ? AND z = ?
            READ READ_STATEMENT | select sleep(0.1), version(), database()
            WRITE LOCKING_READ | SELECT * FROM users WHERE id = 1 FOR UPDATE
            WRITE LOCKING_READ | select * from users where id = 1 for update nowait
            WRITE LOCKING_READ | SELECT * FROM users FOR UPDATE SKIP LOCKED
            WRITE LOCKING_READ | SELECT * FROM users FOR SHARE
            WRITE LOCKING_READ | SELECT * FROM users f FOR UPDATE OF f
            WRITE LOCKING_READ | SELECT * FROM users LOCK IN SHARE MODE
            WRITE LOCKING_READ | (SELECT * FROM a) UNION (SELECT * FROM b FOR UPDATE)
            WRITE LOCKING_READ | WITH c AS (SELECT 1) SELECT * FROM c FOR UPDATE
            WRITE LOCKING_READ | SELECT * FROM t /*!50700 FOR UPDATE */
            WRITE LOCKING_READ | EXPLAIN SELECT * FROM t FOR UPDATE
            WRITE SELECT_INTO | SELECT id INTO @last FROM users ORDER BY id DESC LIMIT 1
            WRITE SELECT_INTO | SELECT * FROM users INTO OUTFILE '/tmp/users.csv'
            WRITE SELECT_INTO | SELECT doc FROM files INTO DUMPFILE '/tmp/x'
            WRITE SELECT_INTO | SELECT a, b INTO @a, @b FROM t
            WRITE SELECT_INTO | TABLE t INTO @x
            WRITE USER_VARIABLE_ASSIGNMENT | SELECT @rownum := @rownum + 1 AS rank, name FROM players
            WRITE USER_VARIABLE_ASSIGNMENT | SELECT @a:=1
            WRITE SESSION_FUNCTION | SELECT LAST_INSERT_ID()
            WRITE SESSION_FUNCTION | select last_insert_id ( )
            WRITE SESSION_FUNCTION | SELECT ROW_COUNT()
            WRITE SESSION_FUNCTION | SELECT FOUND_ROWS()
            WRITE SESSION_FUNCTION | SELECT SQL_CALC_FOUND_ROWS * FROM posts LIMIT 10
            WRITE SESSION_FUNCTION | SELECT GET_LOCK('job', 10)
            WRITE SESSION_FUNCTION | SELECT RELEASE_LOCK('job')
            WRITE SESSION_FUNCTION | SELECT RELEASE_ALL_LOCKS()
            WRITE SESSION_FUNCTION | SELECT IS_USED_LOCK('job')
            WRITE SESSION_FUNCTION | SELECT IS_FREE_LOCK('job')
            WRITE SESSION_FUNCTION | SELECT NEXTVAL(order_seq)
            WRITE SESSION_FUNCTION | SELECT NEXT VALUE FOR order_seq
            WRITE SESSION_FUNCTION | SELECT PREVIOUS VALUE FOR order_seq
            WRITE SESSION_FUNCTION | SELECT LASTVAL(order_seq)
            WRITE SESSION_FUNCTION | SELECT SETVAL(order_seq, 100)
            WRITE SESSION_FUNCTION | SELECT MASTER_GTID_WAIT('0-1-100', 1)
            WRITE SESSION_FUNCTION | SELECT MASTER_POS_WAIT('log.000001', 4)
            WRITE SESSION_FUNCTION | SELECT WAIT_FOR_EXECUTED_GTID_SET('uuid:1-5', 1)
            WRITE SESSION_FUNCTION | SELECT CONNECTION_ID()
            WRITE SESSION_FUNCTION | SELECT @@identity
            WRITE SESSION_FUNCTION | SELECT @@last_insert_id
            WRITE SESSION_FUNCTION | SELECT @@session.last_insert_id
            WRITE SESSION_FUNCTION | SELECT id FROM t WHERE id = LAST_INSERT_ID()
            WRITE WRITE_STATEMENT | WITH old AS (SELECT id FROM posts WHERE created < '2020-01-01') DELETE FROM posts WHERE id IN (SELECT id FROM old)
            WRITE WRITE_STATEMENT | WITH s AS (SELECT 1) UPDATE t SET a = 1
            WRITE WRITE_STATEMENT | EXPLAIN UPDATE users SET a = 1
            WRITE WRITE_STATEMENT | EXPLAIN DELETE FROM users
            WRITE WRITE_STATEMENT | EXPLAIN INSERT INTO users VALUES (1)
            WRITE WRITE_STATEMENT | EXPLAIN ANALYZE DELETE FROM users WHERE id = 3
            WRITE WRITE_STATEMENT | EXPLAIN FOR CONNECTION 42
            WRITE REPLICATION_STATUS | SHOW MASTER STATUS
            WRITE REPLICATION_STATUS | SHOW BINARY LOGS
            WRITE REPLICATION_STATUS | SHOW BINARY LOG STATUS
            WRITE REPLICATION_STATUS | SHOW MASTER LOGS
            WRITE REPLICATION_STATUS | SHOW BINLOG EVENTS
            WRITE REPLICATION_STATUS | show replica status
            WRITE REPLICATION_STATUS | SHOW SLAVE STATUS
            WRITE REPLICATION_STATUS | SHOW ALL SLAVES STATUS
            WRITE REPLICATION_STATUS | SHOW SLAVE HOSTS
            WRITE REPLICATION_STATUS | SHOW REPLICAS
            WRITE PREVIOUS_STATEMENT | SHOW WARNINGS
            WRITE PREVIOUS_STATEMENT | SHOW ERRORS
            WRITE PREVIOUS_STATEMENT | SHOW COUNT(*) WARNINGS
            """;

    static final String WRITES = """
            WRITE WRITE_STATEMENT | INSERT INTO users (name) VALUES ('x')
            WRITE WRITE_STATEMENT | insert ignore into users values (1)
            WRITE WRITE_STATEMENT | INSERT INTO t SELECT * FROM u
            WRITE WRITE_STATEMENT | INSERT INTO t VALUES (1) ON DUPLICATE KEY UPDATE a = 2
            WRITE WRITE_STATEMENT | UPDATE users SET name = 'y' WHERE id = 1
            WRITE WRITE_STATEMENT | DELETE FROM users WHERE id = 1
            WRITE WRITE_STATEMENT | REPLACE INTO users VALUES (1, 'z')
            WRITE WRITE_STATEMENT | CALL refresh_stats()
            WRITE WRITE_STATEMENT | LOAD DATA INFILE '/tmp/x' INTO TABLE t
            WRITE WRITE_STATEMENT | DO SLEEP(1)
            WRITE WRITE_STATEMENT | DO RELEASE_LOCK('x')
            WRITE WRITE_STATEMENT | HANDLER t OPEN
            WRITE WRITE_STATEMENT | CREATE TABLE t (id INT)
            WRITE WRITE_STATEMENT | CREATE OR REPLACE VIEW v AS SELECT 1
            WRITE WRITE_STATEMENT | ALTER TABLE t ADD COLUMN c INT
            WRITE WRITE_STATEMENT | DROP TABLE t
            WRITE WRITE_STATEMENT | DROP DATABASE shop
            WRITE WRITE_STATEMENT | RENAME TABLE a TO b
            WRITE WRITE_STATEMENT | TRUNCATE TABLE t
            WRITE WRITE_STATEMENT | TRUNCATE t
            WRITE WRITE_STATEMENT | GRANT SELECT ON *.* TO 'app'@'%'
            WRITE WRITE_STATEMENT | REVOKE ALL ON shop.* FROM 'app'@'%'
            WRITE WRITE_STATEMENT | LOCK TABLES t WRITE
            WRITE WRITE_STATEMENT | UNLOCK TABLES
            WRITE WRITE_STATEMENT | ANALYZE TABLE t
            WRITE WRITE_STATEMENT | OPTIMIZE TABLE t
            WRITE WRITE_STATEMENT | FLUSH PRIVILEGES
            WRITE WRITE_STATEMENT | START SLAVE
            WRITE WRITE_STATEMENT | BEGIN NOT ATOMIC SELECT 1; END
            WRITE WRITE_STATEMENT | CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END
            WRITE WRITE_STATEMENT | SET GLOBAL max_connections = 500
            WRITE WRITE_STATEMENT | SET @@global.read_only = 1
            WRITE WRITE_STATEMENT | SET PERSIST max_connections = 500
            WRITE WRITE_STATEMENT | SET PERSIST_ONLY back_log = 100
            WRITE WRITE_STATEMENT | SET PASSWORD = 'secret'
            WRITE WRITE_STATEMENT | SET PASSWORD FOR 'app'@'%' = 'secret'
            WRITE WRITE_STATEMENT | SET DEFAULT ROLE admin TO 'app'@'%'
            WRITE WRITE_STATEMENT | SET @@persist.x = 1
            WRITE WRITE_STATEMENT | SET STATEMENT max_statement_time = 1 FOR UPDATE t SET a = 1
            WRITE TEMPORARY_TABLE | CREATE TEMPORARY TABLE tmp (id INT)
            WRITE TEMPORARY_TABLE | create temporary table if not exists tmp as select * from users
            WRITE TEMPORARY_TABLE | CREATE OR REPLACE TEMPORARY TABLE tmp (id INT)
            WRITE TEMPORARY_TABLE | DROP TEMPORARY TABLE IF EXISTS tmp
            WRITE SESSION_FUNCTION | SET @id = LAST_INSERT_ID()
            WRITE SESSION_FUNCTION | SET @got = GET_LOCK('x', 1)
            WRITE SESSION_FUNCTION | SET @n = NEXT VALUE FOR s
            WRITE SET_FROM_QUERY | SET @c = (SELECT COUNT(*) FROM t)
            WRITE SET_FROM_QUERY | SET @c = 1 + (select max(id) from t)
            WRITE MULTI_STATEMENT | SELECT 1; SELECT 2
            WRITE MULTI_STATEMENT | SELECT * FROM users; DROP TABLE users
            WRITE MULTI_STATEMENT | SET @a = 1; SELECT @a
            WRITE MULTI_STATEMENT | SELECT 1;;
            WRITE MULTI_STATEMENT | SELECT 1 /* a */ ; /* b */ SELECT 2
            WRITE MULTI_STATEMENT | BEGIN; INSERT INTO t VALUES (1); COMMIT
            WRITE TRANSACTION_CONTROL | BEGIN
            WRITE TRANSACTION_CONTROL | BEGIN WORK
            WRITE TRANSACTION_CONTROL | START TRANSACTION
            WRITE TRANSACTION_CONTROL | START TRANSACTION READ ONLY
            WRITE TRANSACTION_CONTROL | START TRANSACTION WITH CONSISTENT SNAPSHOT, READ WRITE
            WRITE TRANSACTION_CONTROL | COMMIT
            WRITE TRANSACTION_CONTROL | COMMIT WORK AND NO CHAIN NO RELEASE
            WRITE TRANSACTION_CONTROL | ROLLBACK
            WRITE TRANSACTION_CONTROL | ROLLBACK WORK AND CHAIN
            WRITE TRANSACTION_CONTROL | ROLLBACK TO SAVEPOINT s1
            WRITE TRANSACTION_CONTROL | SAVEPOINT s1
            WRITE TRANSACTION_CONTROL | RELEASE SAVEPOINT s1
            WRITE TRANSACTION_CONTROL | XA START 'x1'
            WRITE TRANSACTION_CONTROL | XA END 'x1'
            WRITE TRANSACTION_CONTROL | XA PREPARE 'x1'
            WRITE TRANSACTION_CONTROL | XA COMMIT 'x1'
            WRITE TRANSACTION_CONTROL | XA RECOVER
            WRITE TRANSACTION_CONTROL | SET TRANSACTION READ ONLY
            WRITE TRANSACTION_CONTROL | SET TRANSACTION ISOLATION LEVEL READ COMMITTED
            WRITE UNCLASSIFIED |
            WRITE UNCLASSIFIED |    \t
            WRITE UNCLASSIFIED | -- only a comment
            WRITE UNCLASSIFIED | /* only a comment */
            WRITE UNCLASSIFIED | KILL 42
            WRITE PREPARED_STATEMENT | PREPARE s FROM 'SELECT 1'
            WRITE PREPARED_STATEMENT | EXECUTE s
            WRITE UNCLASSIFIED | 42
            WRITE UNCLASSIFIED | (1)
            WRITE UNCLASSIFIED | frobnicate the database
            WRITE UNCLASSIFIED | SELEC 1
            WRITE UNCLASSIFIED | ?
            WRITE UNCLASSIFIED | 'select 1'
            WRITE UNCLASSIFIED | `select`
            WRITE UNCLASSIFIED | SET
            WRITE UNCLASSIFIED | SHOW
            WRITE UNCLASSIFIED | EXPLAIN
            """;

    static final String SESSION_STATE = """
            BOTH SESSION_STATE | SET @a = 1
            BOTH SESSION_STATE | SET ROLE ALL
            BOTH SESSION_STATE | set @a := 'x', @b = 2
            BOTH WRITE_STATEMENT | SET sql_mode = '', GLOBAL max_connections = 10
            BOTH SESSION_STATE | SET @`quoted var` = 1
            BOTH SESSION_STATE | SET SESSION sql_mode = 'STRICT_ALL_TABLES'
            BOTH SESSION_STATE | SET LOCAL sql_mode = ''
            BOTH SESSION_STATE | SET @@session.time_zone = '+00:00'
            BOTH SESSION_STATE | SET @@local.net_write_timeout = 600
            BOTH SESSION_STATE | SET @@sql_select_limit = 10
            BOTH SESSION_STATE | SET time_zone = 'UTC'
            BOTH SESSION_STATE | SET sql_mode = CONCAT(@@sql_mode, ',NO_ZERO_DATE')
            BOTH SESSION_STATE | SET NAMES utf8mb4
            BOTH SESSION_STATE | SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci
            BOTH SESSION_STATE | SET NAMES 'utf8mb4', time_zone = '+00:00'
            BOTH SESSION_STATE | SET CHARACTER SET utf8mb4
            BOTH SESSION_STATE | SET CHARSET latin1
            BOTH SESSION_STATE | SET autocommit = 0
            BOTH SESSION_STATE | SET autocommit=1
            BOTH SESSION_STATE | SET @@autocommit = OFF
            BOTH SESSION_STATE | SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED
            BOTH SESSION_STATE | SET SESSION TRANSACTION READ ONLY
            BOTH SESSION_STATE | SET LOCAL TRANSACTION READ WRITE, ISOLATION LEVEL SERIALIZABLE
            BOTH SESSION_STATE | SET SESSION transaction_read_only = 1
            BOTH SESSION_STATE | SET tx_isolation = 'READ-COMMITTED'
            BOTH SESSION_STATE | SET @t = NOW()
            BOTH SESSION_STATE | SET @s = REPLACE('abc', 'b', 'c')
            BOTH SESSION_STATE | SET STATEMENT max_statement_time = 1 FOR SET @a = 1
            BOTH SESSION_STATE | USE shop
            BOTH SESSION_STATE | use `my-db`
            BOTH SESSION_STATE | /*!40101 SET NAMES utf8 */
            BOTH SESSION_STATE | /*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */
            READ READ_STATEMENT | SET STATEMENT max_statement_time = 1 FOR SELECT * FROM big
            """;

    static final String QUOTING_AND_COMMENTS = """
            READ READ_STATEMENT | SELECT 'FOR UPDATE' FROM t
            READ READ_STATEMENT | SELECT "INSERT INTO x" AS label
            READ READ_STATEMENT | SELECT * FROM t WHERE note = 'it''s ; DROP TABLE t'
            READ READ_STATEMENT | SELECT * FROM t WHERE note = 'back\\slash \\' ; still string' AND 1
            READ READ_STATEMENT | SELECT 'a\\' FROM t
            READ READ_STATEMENT | SELECT "say \\"update\\"" FROM t
            READ READ_STATEMENT | SELECT "double "" quoted DELETE" FROM t
            READ READ_STATEMENT | SELECT `delete` FROM `insert`
            READ READ_STATEMENT | SELECT `a``for update` FROM t
            READ READ_STATEMENT | SELECT 1 -- ; DELETE FROM t
            READ READ_STATEMENT | SELECT 1 # ; DELETE FROM t
            READ READ_STATEMENT | SELECT /* FOR UPDATE */ 1
            READ READ_STATEMENT | SELECT /* multi\\nline ; INSERT */ 1
            READ READ_STATEMENT | /* leading comment */ SELECT 1
            READ READ_STATEMENT | -- leading line comment\\nSELECT 1
            READ READ_STATEMENT | # hash comment\\nSELECT 1
            READ READ_STATEMENT | SELECT /*+ MAX_EXECUTION_TIME(1000) */ * FROM t
            READ READ_STATEMENT | SELECT 5--1
            READ READ_STATEMENT | SELECT 'GET_LOCK(' FROM t
            READ READ_STATEMENT | SELECT @`update` FROM t
            READ READ_STATEMENT | SELECT 'it''s' || ':=' FROM t
            READ READ_STATEMENT | SELECT '/*' FROM t WHERE b = '*/ FOR UPDATE'
            READ READ_STATEMENT | /*!50700 SELECT 1 */
            READ READ_STATEMENT | /*M! SELECT 1 */
            READ READ_STATEMENT | SELECT 1 /*!  , 2 */
            WRITE LOCKING_READ | SELECT * FROM t /*! FOR UPDATE */
            WRITE LOCKING_READ | SELECT * FROM t /*!80000 FOR SHARE */
            WRITE LOCKING_READ | SELECT * FROM t /*M!100500 FOR UPDATE */
            WRITE LOCKING_READ | SELECT 'x' FROM t WHERE a = 'FOR SHARE' FOR UPDATE
            WRITE LOCKING_READ | SELECT "it\\"s" FROM t FOR UPDATE
            WRITE WRITE_STATEMENT | /*!40000 ALTER TABLE t DISABLE KEYS */
            WRITE WRITE_STATEMENT | /* SELECT */ DELETE FROM t
            WRITE WRITE_STATEMENT | -- SELECT\\nUPDATE t SET a = 1
            WRITE WRITE_STATEMENT | /*!50001 INSERT */ INTO t VALUES (1)
            WRITE SESSION_FUNCTION | SELECT /*! LAST_INSERT_ID() */
            WRITE MULTI_STATEMENT | SELECT 'a;b'; SELECT 2
            WRITE MULTI_STATEMENT | SELECT 1 /*!; DELETE FROM t */
            WRITE UNCLASSIFIED | 'unterminated string SELECT
            READ READ_STATEMENT | SELECT 'unterminated FOR UPDATE
            READ READ_STATEMENT | SELECT 1 /* unterminated comment FOR UPDATE
            READ READ_STATEMENT | SELECT `unterminated name FOR UPDATE
            READ READ_STATEMENT | SELECT ÄÖÜ, naïve FROM tàble WHERE x = 'ü'
            READ READ_STATEMENT | SELECT ſelect FROM t
            """;

    static final String FRAMEWORKS = """
            READ READ_STATEMENT | select p1_0.id,p1_0.author from posts p1_0 where p1_0.id=?
            READ READ_STATEMENT | select p1_0.id,p1_0.author,p1_0.body,p1_0.created_at from posts p1_0 order by p1_0.created_at desc limit ?,?
            READ READ_STATEMENT | select count(p1_0.id) from posts p1_0 where p1_0.author=?
            READ READ_STATEMENT | select c1_0.post_id,c1_0.id,c1_0.text from comments c1_0 where c1_0.post_id=?
            READ READ_STATEMENT | select p1_0.id from posts p1_0 left join comments c1_0 on p1_0.id=c1_0.post_id where c1_0.id is null
            READ READ_STATEMENT | select post0_.id as id1_0_, post0_.author as author2_0_ from posts post0_ where post0_.id=?
            READ READ_STATEMENT | SELECT `posts`.`id`, `posts`.`author` FROM `posts` WHERE `posts`.`id` = 1 LIMIT 21
            READ READ_STATEMENT | SELECT COUNT(*) AS `__count` FROM `posts`
            READ READ_STATEMENT | SELECT 1 FROM DUAL
            READ READ_STATEMENT | /* ping */ SELECT 1
            READ READ_STATEMENT | SELECT @@session.transaction_read_only
            READ READ_STATEMENT | SELECT @@session.auto_increment_increment AS auto_increment_increment, @@character_set_client AS character_set_client, @@character_set_connection AS character_set_connection
            READ READ_STATEMENT | SHOW FULL TABLES FROM `shop` LIKE 'posts'
            READ READ_STATEMENT | select next_val as id_val from hibernate_sequence
            WRITE LOCKING_READ | select next_val as id_val from hibernate_sequence for update
            WRITE LOCKING_READ | select p1_0.id,p1_0.version from posts p1_0 where p1_0.id=? for update
            WRITE WRITE_STATEMENT | insert into posts (author,body,created_at) values (?,?,?)
            WRITE WRITE_STATEMENT | update posts set author=?,body=?,version=? where id=? and version=?
            WRITE WRITE_STATEMENT | delete from posts where id=?
            WRITE WRITE_STATEMENT | update hibernate_sequence set next_val= ? where next_val=?
            WRITE WRITE_STATEMENT | INSERT INTO `posts` (`author`, `body`) VALUES ('a', 'b') RETURNING `posts`.`id`
            WRITE WRITE_STATEMENT | insert into posts (author,body) values (?,?),(?,?),(?,?)
            WRITE SESSION_FUNCTION | SELECT LAST_INSERT_ID() AS `id`
            BOTH SESSION_STATE | SET autocommit=0
            BOTH SESSION_STATE | SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ
            BOTH SESSION_STATE | /* mysql-connector-j */ SET character_set_results = NULL
            BOTH SESSION_STATE | SET SQL_SELECT_LIMIT=DEFAULT
            BOTH SESSION_STATE | SET NAMES utf8mb4 COLLATE 'utf8mb4_0900_ai_ci'
            WRITE TRANSACTION_CONTROL | SET TRANSACTION READ WRITE
            WRITE TRANSACTION_CONTROL | commit
            WRITE TRANSACTION_CONTROL | rollback
            """;
}
