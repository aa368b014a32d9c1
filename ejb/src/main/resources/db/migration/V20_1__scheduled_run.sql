-- Work that must happen once per cluster and day (the daily reminders, the nightly file sweep): the first server to
-- insert the day's row does it; the others find the row taken and skip.
CREATE TABLE scheduled_run (
    job         VARCHAR(60)  NOT NULL,
    run_on      DATE         NOT NULL,
    node        VARCHAR(100) NOT NULL,
    started_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (job, run_on)
);
