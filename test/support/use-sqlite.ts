process.env.STEWARD_TEST_DB = 'sqlite';
