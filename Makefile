# mod_mpin_rpa: build with apxs, test with the C unit tests and Apache::Test.
#
#   make              build mod_mpin_rpa.so
#   make test         install missing packages, run unit tests and t/*.t
#   make demo         run the demo site and the development RPS
#   make install      install the module, templates and conf files
#   make deb          build the Debian package libapache2-mod-mpin-rpa_*.deb
#   make clean        leave only sources

APXS     ?= $(shell command -v apxs 2>/dev/null || echo /usr/bin/apxs)
DESTDIR  ?=
DATADIR  ?= /usr/share/mod_mpin_rpa
APACHE_SYSCONF ?= $(shell $(APXS) -q SYSCONFDIR 2>/dev/null || echo /etc/apache2)
APACHE_MODDIR  ?= $(shell $(APXS) -q LIBEXECDIR 2>/dev/null || echo /usr/lib/apache2/modules)
APACHE_INCDIR  ?= $(shell $(APXS) -q INCLUDEDIR 2>/dev/null || echo /usr/include/apache2)

# src/ is in rooms (see README, "The code"); every .c file under it is part of
# the module, and the pure room alone builds the unit tests and fuzzers.
# the default pages, built into the module (scripts/embed-templates)
TEMPLATES := $(sort $(wildcard templates/*.html templates/*.txt))
BUILTIN  := build/templates_builtin.c
SRC      := mod_mpin_rpa.c $(sort $(wildcard src/*/*.c)) $(BUILTIN)
HDR      := mod_mpin_rpa.h $(wildcard src/*.h src/*/*.h)
WARN     := -Wall -Wextra -Werror -Wformat -Wformat-security
HIREDIS  := $(shell pkg-config --libs hiredis 2>/dev/null || echo -lhiredis)
LIBS     := -lcurl -ljansson -lcrypto $(HIREDIS)

ifeq ($(SANITIZE),1)
SAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
endif

.PHONY: all test unit demo install deb clean deps FORCE fuzz

all: mod_mpin_rpa.so

# the build flags as a file, so that switching SANITIZE rebuilds everything
.build-flags: FORCE
	@echo '$(SAN_FLAGS)' | cmp -s - $@ || echo '$(SAN_FLAGS)' > $@

FORCE:

$(BUILTIN): $(TEMPLATES) scripts/embed-templates
	@mkdir -p build
	scripts/embed-templates $(TEMPLATES) > $@.new && mv -f $@.new $@

mod_mpin_rpa.so: $(SRC) $(HDR) Makefile .build-flags
	@rm -f src/*/*.lo src/*/*.slo src/*/*.o build/*.lo build/*.slo build/*.o *.lo *.slo *.o
	$(APXS) -c -o mod_mpin_rpa.la -I. -Isrc $(addprefix -Wc$(comma),$(WARN) $(SAN_FLAGS)) \
	    $(if $(SAN_FLAGS),-Wl$(comma)-fsanitize=address -Wl$(comma)-fsanitize=undefined) \
	    $(SRC) $(LIBS) >build.log 2>&1 || { cat build.log; exit 1; }
	@grep -E ': (warning|error):' build.log || true
	@# a new file renamed over the old: an httpd that has the old one loaded
	@# (a test run, the demo) keeps its mapping instead of crashing on a
	@# file rewritten under it
	cp .libs/mod_mpin_rpa.so mod_mpin_rpa.so.new && mv -f mod_mpin_rpa.so.new mod_mpin_rpa.so

comma := ,

# ------------------------------------------------------------- unit tests
APR_CPPFLAGS := $(shell apr-1-config --cppflags --includes 2>/dev/null)
APR_LIBS     := $(shell apr-1-config --link-ld --libs 2>/dev/null)
PURE_SRC     := $(sort $(wildcard src/pure/*.c))
UNIT_SRC     := $(sort $(wildcard tests/unit/*.c))
# the fuzz harnesses, built without libFuzzer: the unit tests replay fuzz/corpus
FUZZ_SRC     := $(sort $(wildcard fuzz/*.c))

tests/unit/run_unit: .build-flags $(PURE_SRC) $(UNIT_SRC) $(FUZZ_SRC) src/pure/pure.h tests/unit/unit.h fuzz/fuzz.h
	$(CC) -g -O1 $(WARN) $(SAN_FLAGS) $(APR_CPPFLAGS) -Isrc -Ifuzz \
	    -o $@ $(UNIT_SRC) $(FUZZ_SRC) $(PURE_SRC) $(APR_LIBS) -ljansson -lcrypto

unit: tests/unit/run_unit
	tests/unit/run_unit tests/corpus fuzz/corpus

# a module that uses the public mod_mpin_rpa.h as another module would (t/api.t)
t/modules/mod_mpin_api_test.so: t/modules/mod_mpin_api_test.c mod_mpin_rpa.h .build-flags
	@rm -f t/modules/*.lo t/modules/*.slo t/modules/*.la
	$(APXS) -c -o t/modules/mod_mpin_api_test.la -I. $(addprefix -Wc$(comma),$(WARN) $(SAN_FLAGS)) \
	    t/modules/mod_mpin_api_test.c >t/modules/build.log 2>&1 || { cat t/modules/build.log; exit 1; }
	cp t/modules/.libs/mod_mpin_api_test.so $@.new && mv -f $@.new $@

# an authn provider that counts its calls (t/password_race.t)
t/modules/mod_mpin_authn_count.so: t/modules/mod_mpin_authn_count.c .build-flags
	@rm -f t/modules/*.lo t/modules/*.slo t/modules/*.la
	$(APXS) -c -o t/modules/mod_mpin_authn_count.la $(addprefix -Wc$(comma),$(WARN) $(SAN_FLAGS)) \
	    t/modules/mod_mpin_authn_count.c >t/modules/build.log 2>&1 || { cat t/modules/build.log; exit 1; }
	cp t/modules/.libs/mod_mpin_authn_count.so $@.new && mv -f $@.new $@

# the tests' session cookies, made by the module's own code (t/lib/MpinServer.pm)
t/tools/mpin_cookie: .build-flags t/tools/mpin_cookie.c $(PURE_SRC) $(wildcard src/pure/*.h)
	$(CC) -g -O1 $(WARN) $(SAN_FLAGS) $(APR_CPPFLAGS) -Isrc -o $@ t/tools/mpin_cookie.c \
	    $(PURE_SRC) $(APR_LIBS) -ljansson -lcrypto

# ------------------------------------------------------------- fuzzing
# make fuzz [FUZZ_SECONDS=600]: builds the libFuzzer targets (clang) and runs
# each for FUZZ_SECONDS, starting from fuzz/corpus/<target>; new inputs go to
# fuzz/out/work-<target>, a crash to fuzz/out/crash-<target>-*.  See fuzz/README.md.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := cookie return_url rps_reply pinpad form template path record json http_reply
FUZZ_CFLAGS  := -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined \
                -fno-sanitize-recover=undefined -DMPIN_LIBFUZZER
FUZZ_BINS    := $(addprefix fuzz/out/fuzz_,$(FUZZ_TARGETS))

fuzz/out/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz_common.c fuzz/fuzz.h $(PURE_SRC) src/pure/pure.h
	@mkdir -p fuzz/out
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(WARN) $(APR_CPPFLAGS) -Isrc -Ifuzz -o $@ $< fuzz/fuzz_common.c \
	    $(PURE_SRC) $(APR_LIBS) -ljansson -lcrypto -ldl

fuzz:
	@command -v $(FUZZ_CC) >/dev/null 2>&1 || { \
	    echo "make fuzz needs clang with libFuzzer: sudo apt-get install -y clang"; exit 1; }
	@$(MAKE) --no-print-directory -s $(FUZZ_BINS)
	@for t in $(FUZZ_TARGETS); do \
	    mkdir -p fuzz/out/work-$$t; \
	    dict=; [ -f fuzz/dict/$$t.dict ] && dict=-dict=fuzz/dict/$$t.dict; \
	    echo "fuzz_$$t: $(FUZZ_SECONDS) s (log: fuzz/out/fuzz_$$t.log)"; \
	    fuzz/out/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -print_final_stats=1 \
	        -artifact_prefix=fuzz/out/crash-$$t- $$dict fuzz/out/work-$$t fuzz/corpus/$$t \
	        >fuzz/out/fuzz_$$t.log 2>&1 \
	        || { tail -n 60 fuzz/out/fuzz_$$t.log; echo "fuzz_$$t FAILED"; exit 1; }; \
	    grep -E '^#[0-9]+' fuzz/out/fuzz_$$t.log | tail -n 1; \
	    grep -E '^stat::(number_of_executed_units|average_exec_per_sec)' fuzz/out/fuzz_$$t.log; \
	done

test: deps
	@SANITIZE=$(SANITIZE) ./t/run

deps:
	@./scripts/deps test

demo: deps-demo
	@./scripts/demo

deps-demo:
	@./scripts/deps demo

install: mod_mpin_rpa.so
	install -d $(DESTDIR)$(APACHE_MODDIR)
	$(APXS) -i -S LIBEXECDIR=$(DESTDIR)$(APACHE_MODDIR) -n mpin_rpa mod_mpin_rpa.so
	install -d $(DESTDIR)$(DATADIR)/templates $(DESTDIR)$(DATADIR)/pinpad
	install -m 644 templates/* $(DESTDIR)$(DATADIR)/templates/
	install -m 644 pinpad/* $(DESTDIR)$(DATADIR)/pinpad/
	install -d $(DESTDIR)$(APACHE_INCDIR)
	install -m 644 mod_mpin_rpa.h $(DESTDIR)$(APACHE_INCDIR)/
	install -d $(DESTDIR)$(APACHE_SYSCONF)/mods-available
	install -m 644 conf/mpin_rpa.load conf/mpin_rpa.conf conf/mpin_rpa_endpoints.conf \
	    $(DESTDIR)$(APACHE_SYSCONF)/mods-available/
	@# the session key mpin_rpa.conf uses (the Debian package makes it itself)
	@[ -n "$(DESTDIR)" ] || [ -e $(APACHE_SYSCONF)/mpin_rpa.key ] || { \
	    echo; echo "No session key yet: create it, readable by root alone, with"; \
	    echo "    sudo sh -c 'umask 077; openssl rand -hex 32 > $(APACHE_SYSCONF)/mpin_rpa.key'"; echo; }

# The Debian package, built by dpkg-buildpackage from debian/ in a copy of
# the tree (dpkg-buildpackage writes next to the tree it builds); the .deb
# lands in DEB_OUT (default: here).
DEB_OUT ?= .

deb:
	@command -v dpkg-buildpackage >/dev/null || { echo "make deb needs dpkg-dev, debhelper, fakeroot, apache2-dev (scripts/deps test)"; exit 1; }
	@set -e; out=$$(cd '$(DEB_OUT)' && pwd); work=$$(mktemp -d /tmp/mpin-deb.XXXXXX); \
	trap 'rm -rf "$$work"' EXIT; mkdir "$$work/src"; \
	tar --exclude=.git --exclude=node_modules --exclude=t/logs --exclude=./fuzz/out --exclude='*.deb' \
	    --exclude='./debian/libapache2-mod-mpin-rpa' --exclude=./debian/.debhelper -cf - . | \
	    (cd "$$work/src" && tar xf -); \
	(cd "$$work/src" && dpkg-buildpackage -b -us -uc) >"$$work/build.log" 2>&1 || \
	    { tail -n 60 "$$work/build.log"; echo "make deb: dpkg-buildpackage failed"; exit 1; }; \
	cp "$$work"/libapache2-mod-mpin-rpa_*.deb "$$out"/; \
	ls "$$out"/libapache2-mod-mpin-rpa_*.deb

clean:
	rm -rf .libs src/*/.libs build *.la *.lo *.slo *.o src/*/*.la src/*/*.lo src/*/*.slo src/*/*.o \
	    mod_mpin_rpa.so build.log .build-flags tests/unit/run_unit t/tools/mpin_cookie t/modules/.libs t/modules/*.la t/modules/*.lo t/modules/*.slo t/modules/*.so t/modules/build.log t/logs t/conf/apache_test_config.pm \
	    t/conf/httpd.conf t/conf/extra.conf t/TEST t/conf/modperl_inc.pl t/conf/*.conf.tmp \
	    libapache2-mod-mpin-rpa_*.deb debian/libapache2-mod-mpin-rpa debian/.debhelper debian/tmp \
	    debian/files debian/debhelper-build-stamp debian/*.substvars debian/*.debhelper.log
