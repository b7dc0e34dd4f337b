"""Scrapy settings of the cchc crawler: polite by default, because it crawls government portals.

`cchc crawl` starts from these (`get_project_settings()`) and overrides only what its options
say (store, caps, log level); `scrapy crawl portal` from the repo root uses them as they are.
The ingest pipeline (extractor + store, `cchc.ingest.IngestPipeline`) is a later stage, so it
is not listed here: `cchc crawl` adds it to ITEM_PIPELINES. Without it, items can go to a feed
(`scrapy crawl portal -a start_url=... -O pages.jsonl`).
"""

BOT_NAME = "cchc"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = "cchc/0.1 (+https://github.com/cchc-project/cchc)"
ROBOTSTXT_OBEY = True

# One portal is often one small server: two requests at a time, adapted to its latency.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Scrapy starts this many asyncio tasks for every response's output, however little it holds; a page
# holds one item (an article) and some links, so 100 tasks per page were most of the reactor's work.
CONCURRENT_ITEMS = 8

RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 408, 429]
DOWNLOAD_TIMEOUT = 30
# Certificates are verified. A portal whose chain is known broken (incomplete chains are common on
# provincial portals) says so in the registry (`tls: lenient`, or `legacy` for servers that only offer
# old cipher suites), or `cchc crawl --tls`: never silently for every portal.
DOWNLOAD_VERIFY_CERTIFICATES = True
TLS_MODES = {
    "verify": {"DOWNLOAD_VERIFY_CERTIFICATES": True},
    "lenient": {"DOWNLOAD_VERIFY_CERTIFICATES": False},
    "legacy": {"DOWNLOAD_VERIFY_CERTIFICATES": False, "DOWNLOADER_CLIENT_TLS_CIPHERS": "DEFAULT:@SECLEVEL=0"},
}
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024

COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

ITEM_PIPELINES = {"crawler.pipelines.DedupePipeline": 100}
EXTENSIONS = {"crawler.progress.CrawlProgress": 500, "crawler.jobdir.CrashSafeJobDir": 0}
# crawler/middlewares.py. Responses pass middlewares in decreasing order: the redirect-loop check
# sees a 3xx before RedirectMiddleware (600), the charset check sees bodies after decompression (590).
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.CrawlDelayMiddleware": 110,  # after RobotsTxtMiddleware (100) parsed robots.txt
    "crawler.middlewares.ConditionalGetMiddleware": 120,
    "crawler.middlewares.CharsetMiddleware": 580,
    "crawler.middlewares.RedirectLoopMiddleware": 610,
}
SPIDER_MIDDLEWARES = {
    "crawler.middlewares.ReleaseSelectorMiddleware": 10,  # first, so its output wrapper finishes last
    "crawler.middlewares.IncrementalListingMiddleware": 700,
}
# Incremental crawling (`cchc crawl` sets these): the store as memory of earlier crawls, no listing
# stop with CCHC_FULL, and CCHC_SINCE = "YYYY-MM-DD" to skip older articles. Articles are stored
# every CCHC_STORE_BATCH pages, so a killed crawl loses little work.
CCHC_CRAWL_MEMORY = None
CCHC_FULL = False
CCHC_SINCE = None
CCHC_STORE_BATCH = 10
# Worker processes that extract articles off the reactor thread (0: in the crawl process, enough at
# polite speeds); `cchc crawl --extract-workers N`, or one per core with `--no-throttle`.
CCHC_EXTRACT_WORKERS = 0
# Development only (`cchc crawl --http-cache`): replay responses from disk instead of asking the portal.
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_IGNORE_HTTP_CODES = [500, 502, 503, 504, 408, 429]
# Seconds between progress lines on stderr; 0 turns them off (the final summary stays).
CCHC_PROGRESS_INTERVAL = 5.0
# Caps of one crawl (0 = none); `cchc crawl --max-pages/--max-depth` and spider arguments override them.
CCHC_MAX_PAGES = 0
CCHC_MAX_DEPTH = 0

FEED_EXPORT_ENCODING = "utf-8"

# Attached documents (crawler.attachments): fetched only when a reader is named (`cchc crawl` names
# the extractor's), each capped at this many bytes.
CCHC_ATTACHMENT_READER = None
CCHC_ATTACHMENT_MAXSIZE = 10 * 1024 * 1024
# Scale-out (crawler.redis_queue, `cchc crawl --redis URL`): the job shared by the workers (default:
# the source id) and how long a silent worker still counts as one.
CCHC_REDIS_JOB = None
CCHC_REDIS_WORKER_TTL = 60
