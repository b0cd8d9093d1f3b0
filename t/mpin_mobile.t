# mpin-mobile (/m): the mobile web app's files from MpinMobileDir, with the
# right types, and no way out of the folder (t/mobile has symlinks that
# point outside it: escape.html -> /etc/passwd, up.html and dirlink into
# ../htdocs, etcdir -> /etc; inner.html -> index.html stays inside).
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;

plan tests => 10;
Test::More->builder->failure_output(\*STDERR);

# What must never come out of /m: the contents of files outside the folder.
my $OUTSIDE = qr/root:[^:]*:0:0:|static test page|SECRET-DOTFILE/;

sub refused {
    my ($path, $name) = @_;
    my $r = http(GET => $path);
    ok(($r->code == 404 || $r->code == 400 || $r->code == 403 || $r->code == 414) && $r->content !~ $OUTSIDE,
       ($name // $path) . ': refused (' . $r->code . ')') or diag substr($r->content, 0, 200);
}

subtest '/m and /m/ redirect to /m/index.html' => sub {
    for my $p ('/m', '/m/') {
        my $r = http(GET => $p);
        is($r->code, 302, "$p: 302");
        is($r->header('Location'), '/m/index.html', "$p: Location /m/index.html");
    }
    my $r = http(GET => '/m?x=1');
    is($r->header('Location'), '/m/index.html', 'the query string is not carried into Location');
};

subtest 'the app files with their types' => sub {
    my %want = ('/m/index.html' => qr{^text/html}, '/m/css/main.css' => qr{^text/css},
                '/m/js/main.js' => qr{^(?:text|application)/javascript}, '/m/mpin.appcache' => qr{^text/cache-manifest},
                '/m/images/icon.png' => qr{^image/png});
    for my $p (sort keys %want) {
        my $r = http(GET => $p);
        is($r->code, 200, "$p: 200");
        like($r->header('Content-Type') // '', $want{$p}, "$p: " . ($r->header('Content-Type') // 'no type'));
        is($r->header('X-Content-Type-Options'), 'nosniff', "$p: nosniff");
    }
    my $r = http(GET => '/m/index.html');
    like($r->content, qr/mobile app test page/, 'index.html is the app page');
    is($r->header('Content-Length'), -s "$ENV{MPIN_T_STAGE}/mobile/index.html", 'the whole file');
    like(http(GET => '/m/js/main.js')->content, qr/var mpinMobile = true/, 'main.js content');
    is(http(GET => '/m/mpin.appcache')->content, "CACHE MANIFEST\n", 'the appcache content');
};

subtest 'conditional GET and HEAD' => sub {
    my $r = http(GET => '/m/index.html');
    my $lm = $r->header('Last-Modified');
    ok($lm, 'Last-Modified');
    my $c = http(GET => '/m/index.html', undef, 'If-Modified-Since' => $lm);
    is($c->code, 304, 'If-Modified-Since: 304');
    is($c->content, '', 'no body');
    my $h = http(HEAD => '/m/index.html');
    is($h->code, 200, 'HEAD: 200');
    is($h->content, '', 'HEAD: no body');
};

subtest 'missing files: 404' => sub {
    for my $p ('/m/nope.html', '/m/css/nope.css', '/m/nope/index.html', '/m/index.html/x') {
        my $r = http(GET => $p);
        is($r->code, 404, "$p: 404");
    }
    is(http(GET => '/m/css')->code, 404, 'a folder: 404 (no listing)');
    is(http(GET => '/m/css/')->code, 404, 'a folder with a slash: 404');
};

subtest 'traversal refused' => sub {
    refused($_) for ('/m/../htdocs/static.html', '/m/../mobile/../htdocs/static.html', '/m/%2e%2e/htdocs/static.html',
        '/m/%2E%2E/htdocs/static.html', '/m/%2E%2E%2Fhtdocs%2Fstatic.html', '/m/%2E%2E%2Fetc/passwd',
        '/m/..%2fhtdocs/static.html', '/m/..%2Fhtdocs/static.html', '/m/js/..%5c..%5chtdocs%5cstatic.html',
        '/m/js/..%5C..%5Chtdocs/static.html', '/m/..\\htdocs\\static.html', '/m/.%2e/htdocs/static.html',
        '/m/%252e%252e/htdocs/static.html', '/m/%25%32%65%25%32%65/htdocs/static.html',
        '/m/index.html%00', '/m/index.html%00.png', '/m/%00', '/m///etc/passwd',
        '/m/./index.html%2f', '/m/.secret.txt', '/m/%2esecret.txt', '/m/css/../.secret.txt',
        '/m/%2fetc%2fpasswd', '/m/%2Fetc/passwd', '/m/index.html/', '/m/js/main.js%20',
        '/m/..%c0%afhtdocs/static.html', '/m/..%u2215htdocs/static.html');
    # httpd merges slashes (MergeSlashes On) before any handler: "//" is the
    # same in-folder file, never anything else
    for my $p ('/m//index.html', '/m/js//main.js', '/m//js///main.js') {
        my $r = http(GET => $p);
        ok(($r->code == 404 || ($r->code == 200 && $r->content =~ /mobile app test page|var mpinMobile/))
           && $r->content !~ $OUTSIDE, "$p: refused or the same in-folder file (" . $r->code . ')');
    }
    # httpd itself resolves /m/.. before any handler: the target is then
    # outside /m and the app's handler never sees it
    my $r = http(GET => '/m/../static.html');
    ok($r->code == 200 && $r->content =~ /static test page/ && ($r->header('Content-Type') // '') =~ m{^text/html},
       '/m/../static.html is the site\'s /static.html (resolved by httpd), not a mobile file');
};

subtest 'symlinks out of the folder refused' => sub {
    ok(-l "$ENV{MPIN_T_STAGE}/mobile/escape.html", 'the staged folder holds the symlink escape.html');
    refused('/m/escape.html', 'escape.html -> /etc/passwd');
    refused('/m/up.html', 'up.html -> ../htdocs/static.html');
    refused('/m/dirlink/static.html', 'dirlink -> ../htdocs');
    refused('/m/etcdir/passwd', 'etcdir -> /etc');
    my $r = http(GET => '/m/inner.html');
    is($r->code, 200, 'a symlink that stays inside (inner.html -> index.html): 200');
    like($r->content, qr/mobile app test page/, '... the app page');
};

subtest '/mobile and /m.html are not the app' => sub {
    for my $p ('/mobile', '/mobile/index.html', '/m.html', '/mx/index.html', '/m-index.html') {
        my $r = http(GET => $p);
        is($r->code, 404, "$p: 404");
        unlike($r->content, qr/mobile app test page/, "$p: not the app page");
    }
};

subtest 'methods other than GET: 405' => sub {
    for my $m (qw(POST PUT DELETE)) {
        my $r = http($m => '/m/index.html', $m eq 'DELETE' ? undef : 'x');
        is($r->code, 405, "$m: 405");
        like($r->header('Allow') // '', qr/\bGET\b/, "$m: Allow: GET");
        unlike($r->content, qr/mobile app test page/, "$m: no file");
    }
    is(http(POST => '/m')->code, 405, 'POST /m: 405');
    ok(-e "$ENV{MPIN_T_STAGE}/mobile/index.html", 'the file is still there after DELETE');
};

subtest 'long and odd paths' => sub {
    refused('/m/' . ('a/' x 2000) . 'index.html', 'a very deep path');
    refused('/m/' . ('x' x 5000), 'a very long name');
    refused('/m/index.html%ZZ', 'a malformed escape');
    my $r = http(GET => '/m/index.html?v=1#frag');
    is($r->code, 200, 'a query string does not matter');
};

subtest 'the mobile app gets its settings from the same origin' => sub {
    # index.html asks "/rps/clientSettings" relative to its origin
    my $r = http(GET => '/rps/clientSettings', undef, Referer => server_url() . '/m/index.html');
    is($r->code, 200, '/rps/clientSettings: 200');
    ok((json_decode($r->content) || {})->{appID}, 'with an appID');
};
