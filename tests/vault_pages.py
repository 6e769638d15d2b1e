"""Reading a vault file as its decrypted pages, every byte of them, for the tests that
prove cleared text is gone from the file (not just from what SQL can still see).

SQLCipher 4's defaults: the first 16 bytes of the file are the salt; the key is
PBKDF2-HMAC-SHA512 of the passphrase, 256,000 iterations; each 4096-byte page is
AES-256-CBC over all but its last 80 bytes, which hold the page's IV and HMAC.
AES comes from the system's libcrypto through ctypes (test-only; skipped without it).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
from pathlib import Path

import pytest

PAGE = 4096
RESERVE = 80
SALT = 16


def _libcrypto() -> ctypes.CDLL:
    name = ctypes.util.find_library("crypto")
    if name is None:
        pytest.skip("libcrypto is not available to decrypt pages")
    library = ctypes.CDLL(name)
    library.EVP_CIPHER_CTX_new.restype = ctypes.c_void_p
    library.EVP_aes_256_cbc.restype = ctypes.c_void_p
    library.EVP_DecryptInit_ex.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
                                           ctypes.c_char_p, ctypes.c_char_p]
    library.EVP_CIPHER_CTX_set_padding.argtypes = [ctypes.c_void_p, ctypes.c_int]
    library.EVP_DecryptUpdate.argtypes = [ctypes.c_void_p, ctypes.c_char_p,
                                          ctypes.POINTER(ctypes.c_int), ctypes.c_char_p,
                                          ctypes.c_int]
    library.EVP_CIPHER_CTX_free.argtypes = [ctypes.c_void_p]
    return library


def _aes_cbc(library: ctypes.CDLL, key: bytes, iv: bytes, data: bytes) -> bytes:
    context = library.EVP_CIPHER_CTX_new()
    try:
        assert library.EVP_DecryptInit_ex(context, library.EVP_aes_256_cbc(), None, key, iv)
        library.EVP_CIPHER_CTX_set_padding(context, 0)
        out = ctypes.create_string_buffer(len(data) + 32)
        written = ctypes.c_int(0)
        assert library.EVP_DecryptUpdate(context, out, ctypes.byref(written), data, len(data))
        return out.raw[:written.value]
    finally:
        library.EVP_CIPHER_CTX_free(context)


def decrypted_pages(path: Path, passphrase: str) -> bytes:
    """Every page of the file decrypted, free pages and unused space included."""
    library = _libcrypto()
    data = Path(path).read_bytes()
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), data[:SALT], 256_000, 32)
    pages = []
    for start in range(0, len(data) - len(data) % PAGE, PAGE):
        page = data[start:start + PAGE]
        body_start = SALT if start == 0 else 0
        iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
        pages.append(_aes_cbc(library, key, iv, page[body_start:PAGE - RESERVE]))
    # Page 1 decrypts to the SQLite header after its first 16 bytes: bytes 16-17 hold
    # the page size, which proves the key and the layout are right.
    assert pages and pages[0][:2] == PAGE.to_bytes(2, "big"), "not decrypted as SQLCipher 4"
    return b"".join(pages)
