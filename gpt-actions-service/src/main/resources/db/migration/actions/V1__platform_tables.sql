-- Platform tables: jobs, companies, candidates, resumes and applications belong to the wider
-- Applicant.Network platform. This service ships them so that it runs and tests on its own.
-- Every name is schema-qualified because the connection's search path is the actions schema.

CREATE FUNCTION platform.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

COMMENT ON FUNCTION platform.touch_updated_at() IS
    'Sets updated_at on every UPDATE, so that incremental readers (the job search index) never miss a change, whoever writes.';

CREATE TABLE platform.companies (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    identifier   text        NOT NULL UNIQUE CHECK (btrim(identifier) <> ''),
    name         text        NOT NULL CHECK (btrim(name) <> ''),
    website      text        CHECK (website ~ '^https?://'),
    industry     text,
    size         text        CHECK (size IN ('1-10', '11-50', '51-200', '201-500', '501-1000', '1001-5000', '5001-10000', '10001+')),
    description  text,
    headquarters text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN platform.companies.identifier IS 'Stable external key used by imports and demo data to upsert a company.';
COMMENT ON COLUMN platform.companies.size IS 'Head-count band.';

CREATE TRIGGER companies_touch_updated_at BEFORE UPDATE ON platform.companies
    FOR EACH ROW EXECUTE FUNCTION platform.touch_updated_at();

CREATE TABLE platform.jobs (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    identifier          text        NOT NULL UNIQUE CHECK (btrim(identifier) <> ''),
    company_id          bigint      NOT NULL REFERENCES platform.companies (id),
    title               text        NOT NULL CHECK (btrim(title) <> ''),
    description         text        NOT NULL,
    employment_type     text        NOT NULL DEFAULT 'full_time'
                                    CHECK (employment_type IN ('full_time', 'part_time', 'contract', 'temporary', 'internship', 'per_diem', 'other')),
    city                text,
    region              text,
    country             text        CHECK (country ~ '^[A-Z]{2}$'),
    applicant_countries text[]      CHECK (cardinality(applicant_countries) > 0
                                           AND array_to_string(applicant_countries, ',') ~ '^[A-Z]{2}(,[A-Z]{2})*$'),
    commute_type        text        NOT NULL CHECK (commute_type IN ('remote', 'hybrid', 'onsite')),
    job_level           text        NOT NULL CHECK (job_level IN ('intern', 'entry', 'mid', 'senior', 'lead', 'executive')),
    salary_min          numeric(12, 2) CHECK (salary_min >= 0),
    salary_max          numeric(12, 2),
    salary_currency     text        CHECK (salary_currency ~ '^[A-Z]{3}$'),
    salary_period       text        CHECK (salary_period IN ('hour', 'day', 'week', 'month', 'year')),
    posted_at           timestamptz NOT NULL,
    valid_through       timestamptz,
    status              text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT jobs_applicant_countries_only_remote CHECK (applicant_countries IS NULL OR commute_type = 'remote'),
    CONSTRAINT jobs_salary_range CHECK (salary_max IS NULL OR salary_min IS NULL OR salary_max >= salary_min),
    CONSTRAINT jobs_salary_unit CHECK ((salary_min IS NULL AND salary_max IS NULL)
                                       OR (salary_currency IS NOT NULL AND salary_period IS NOT NULL)),
    CONSTRAINT jobs_valid_after_posted CHECK (valid_through IS NULL OR valid_through > posted_at)
);

COMMENT ON COLUMN platform.jobs.id IS 'The job id of the GPT Actions API.';
COMMENT ON COLUMN platform.jobs.identifier IS 'External identifier (schema.org JobPosting identifier); imports upsert by it.';
COMMENT ON COLUMN platform.jobs.description IS 'May contain HTML from the source posting; sanitise before display.';
COMMENT ON COLUMN platform.jobs.country IS 'ISO 3166-1 alpha-2 country of the job (for remote jobs: the employing country).';
COMMENT ON COLUMN platform.jobs.applicant_countries IS 'Remote jobs only: ISO 3166-1 alpha-2 countries applicants must live in; NULL means anywhere.';

CREATE TRIGGER jobs_touch_updated_at BEFORE UPDATE ON platform.jobs
    FOR EACH ROW EXECUTE FUNCTION platform.touch_updated_at();

-- the open-job listing, newest first
CREATE INDEX jobs_open_posted_idx ON platform.jobs (posted_at DESC, id DESC) WHERE status = 'open';
-- incremental refresh of the search index: everything changed since the last seen (updated_at, id)
CREATE INDEX jobs_updated_idx ON platform.jobs (updated_at, id);
CREATE INDEX jobs_company_idx ON platform.jobs (company_id);

CREATE TABLE platform.job_requirements (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id   bigint  NOT NULL REFERENCES platform.jobs (id) ON DELETE CASCADE,
    kind     text    NOT NULL CHECK (kind IN ('required', 'preferred')),
    text     text    NOT NULL CHECK (btrim(text) <> ''),
    position integer NOT NULL CHECK (position >= 0),
    CONSTRAINT job_requirements_job_position_key UNIQUE (job_id, position)
);

CREATE TABLE platform.prescreen_questions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id      bigint  NOT NULL REFERENCES platform.jobs (id) ON DELETE CASCADE,
    position    integer NOT NULL CHECK (position >= 0),
    question    text    NOT NULL CHECK (btrim(question) <> ''),
    answer_type text    NOT NULL CHECK (answer_type IN ('yes_no', 'text', 'number', 'single_choice')),
    choices     text[],
    required    boolean NOT NULL DEFAULT true,
    CONSTRAINT prescreen_questions_job_position_key UNIQUE (job_id, position),
    CONSTRAINT prescreen_questions_choices_iff_single_choice
        CHECK ((answer_type = 'single_choice') = (choices IS NOT NULL AND cardinality(choices) >= 2))
);

COMMENT ON COLUMN platform.prescreen_questions.choices IS 'The options of a single_choice question (at least two); NULL for every other answer type.';

CREATE TABLE platform.candidates (
    id         text        PRIMARY KEY CHECK (id ~ '^user_[A-Za-z0-9_]+$'),
    email      text        NOT NULL CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
    full_name  text        NOT NULL CHECK (btrim(full_name) <> ''),
    city       text,
    region     text,
    country    text        CHECK (country ~ '^[A-Z]{2}$'),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN platform.candidates.id IS 'The Clerk user id (user_...), also the subject of our access tokens.';

CREATE UNIQUE INDEX candidates_email_key ON platform.candidates (lower(email));

CREATE TRIGGER candidates_touch_updated_at BEFORE UPDATE ON platform.candidates
    FOR EACH ROW EXECUTE FUNCTION platform.touch_updated_at();

CREATE TABLE platform.resumes (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    candidate_id text        NOT NULL REFERENCES platform.candidates (id) ON DELETE CASCADE,
    file_name    text        NOT NULL CHECK (btrim(file_name) <> ''),
    content_type text        NOT NULL,
    plain_text   text        NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now(),
    is_current   boolean     NOT NULL DEFAULT false
);

COMMENT ON COLUMN platform.resumes.plain_text IS 'Text extracted from the uploaded file; what resume analysis reads.';

-- at most one current resume per candidate; also the lookup of "the candidate's resume"
CREATE UNIQUE INDEX resumes_one_current_idx ON platform.resumes (candidate_id) WHERE is_current;
CREATE INDEX resumes_candidate_idx ON platform.resumes (candidate_id, uploaded_at DESC);

CREATE DOMAIN platform.application_status AS text
    CHECK (VALUE IN ('submitted', 'under_review', 'interviewing', 'offer', 'hired', 'rejected', 'withdrawn'));

CREATE TABLE platform.applications (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    candidate_id text                        NOT NULL REFERENCES platform.candidates (id) ON DELETE CASCADE,
    job_id       bigint                      NOT NULL REFERENCES platform.jobs (id),
    status       platform.application_status NOT NULL DEFAULT 'submitted',
    submitted_at timestamptz                 NOT NULL DEFAULT now(),
    updated_at   timestamptz                 NOT NULL DEFAULT now(),
    CONSTRAINT applications_candidate_job_key UNIQUE (candidate_id, job_id)
);

CREATE TRIGGER applications_touch_updated_at BEFORE UPDATE ON platform.applications
    FOR EACH ROW EXECUTE FUNCTION platform.touch_updated_at();

-- a candidate's applications, newest first (getApplicationStatus)
CREATE INDEX applications_candidate_recent_idx ON platform.applications (candidate_id, submitted_at DESC, id DESC);
CREATE INDEX applications_job_idx ON platform.applications (job_id);

CREATE TABLE platform.application_answers (
    application_id bigint NOT NULL REFERENCES platform.applications (id) ON DELETE CASCADE,
    question_id    bigint NOT NULL REFERENCES platform.prescreen_questions (id),
    answer         text   NOT NULL,
    PRIMARY KEY (application_id, question_id)
);

CREATE INDEX application_answers_question_idx ON platform.application_answers (question_id);

CREATE TABLE platform.application_status_history (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id bigint                      NOT NULL REFERENCES platform.applications (id) ON DELETE CASCADE,
    from_status    platform.application_status,
    to_status      platform.application_status NOT NULL,
    changed_at     timestamptz                 NOT NULL DEFAULT now(),
    note           text,
    CONSTRAINT application_status_history_changes CHECK (from_status IS DISTINCT FROM to_status)
);

COMMENT ON COLUMN platform.application_status_history.from_status IS 'NULL for the first entry, when the application was submitted.';

CREATE INDEX application_status_history_application_idx
    ON platform.application_status_history (application_id, changed_at, id);
