CREATE TABLE posts (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    author     VARCHAR(80)  NOT NULL,
    body       VARCHAR(2000) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    KEY posts_newest_first (created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
