"""With REDIS_URL set (as CI sets it), the cache is Redis, shared by every app server."""

import os
import uuid

import pytest
from django.core.cache.backends.redis import RedisCache

REDIS_URL = os.environ.get("REDIS_URL")


@pytest.mark.skipif(not REDIS_URL, reason="REDIS_URL is not set: no Redis to talk to.")
def test_redis_cache_is_shared_between_separate_cache_clients():
    writer = RedisCache(REDIS_URL, {"KEY_PREFIX": "tietopankki-test"})
    reader = RedisCache(REDIS_URL, {"KEY_PREFIX": "tietopankki-test"})
    key = f"probe-{uuid.uuid4()}"
    writer.set(key, {"kieli": "sv"}, timeout=30)
    assert reader.get(key) == {"kieli": "sv"}
    writer.delete(key)
