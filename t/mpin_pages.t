# The tutorial's pages: / (mpin-page index.html), /login (mpin-login, the
# PIN pad page) and /protected (AuthType MPin + mpin-page protected.html).
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;

plan tests => 13;
Test::More->builder->failure_output(\*STDERR);

devrps_reset();

sub nav { http(GET => $_[0], undef, Accept => 'text/html,application/xhtml+xml', @_[1 .. $#_]) }

# The value of a JS string option of `new mpin({...})`, unescaped, or undef.
sub pinpad_option {
    my ($html, $name) = @_;
    my ($lit) = $html =~ /new mpin\(\{.*?\b\Q$name\E:\s*"((?:[^"\\\n]|\\.)*)"/s or return undef;
    $lit =~ s/\\(?:u([0-9a-fA-F]{4})|(.))/defined $1 ? chr hex $1 : $2/ge;
    return $lit;
}

sub inline_script {
    my ($html) = @_;
    my ($s) = $html =~ /<script>(.*?)<\/script>/s;
    return $s // '';
}

subtest '/ is the tutorial index' => sub {
    my $r = nav('/');
    is($r->code, 200, 'status 200');
    like($r->header('Content-Type') // '', qr{^text/html}, 'HTML');
    like($r->content, qr/<h1>Hello\. You are not logged in<\/h1>/, '"Hello. You are not logged in"');
    like($r->content, qr{You need to <a href="/login">login</a>}, 'a link to /login');
    unlike($r->content, qr/You have a session/, 'no session shown');
    ok(!defined $r->header('Set-Cookie'), 'no cookie');
};

subtest '/login: the PIN pad page' => sub {
    my $r = nav('/login');
    is($r->code, 200, 'status 200');
    like($r->header('Content-Type') // '', qr{^text/html}, 'HTML');
    like($r->header('Cache-Control') // '', qr/no-store/, 'not cacheable');
    is($r->header('X-Frame-Options'), 'DENY', 'not framable (clickjacking of the PIN pad)');
    my $html = $r->content;
    like($html, qr{<script type="text/javascript" src="/mpin-pinpad/mpin\.js" id="pinpadScript" async></script>},
         'the default MpinPinpadScript: the shipped PIN pad, loaded without blocking the page');
    like($html, qr{<div id="pinHolder"}, 'the pinHolder element');
    like(inline_script($html), qr/new mpin\(\{/, 'new mpin({...})');
    is(pinpad_option($html, 'targetElement'), 'pinHolder', 'targetElement: "pinHolder"');
    is(pinpad_option($html, 'clientSettingsURL'), '/rps/clientSettings', 'clientSettingsURL: "/rps/clientSettings"');
    is(pinpad_option($html, 'mobileAppFullURL'), '/m', 'mobileAppFullURL: "/m"');
    is(pinpad_option($html, 'successLoginURL'), '/protected', 'successLoginURL: MpinSuccessURL (/protected)');
    ok(!defined $r->header('Set-Cookie'), 'no cookie');
    like(inline_script($html), qr/setTimeout\(failed, 8000\)/, 'a script that does not load is reported after 8 s');
    like(inline_script($html), qr/addEventListener\("error", failed\)/, '  and one that fails at once, at once');
    like(inline_script($html), qr/could not be loaded/, '  with a message in the PIN pad\'s place');
    ok(!defined $r->header('Content-Security-Policy'), '  inline, as the page sends no Content-Security-Policy');
};

subtest '/mpin-pinpad/: the shipped PIN pad, served by the module (MpinPinpadDir)' => sub {
    for (['mpin.js', qr{^text/javascript}], ['milagro-mpin.js', qr{^text/javascript}], ['mpin.css', qr{^text/css}]) {
        my ($file, $type) = @$_;
        my $r = http(GET => "/mpin-pinpad/$file");
        is($r->code, 200, "/mpin-pinpad/$file: 200");
        like($r->header('Content-Type') // '', $type, '  ' . ($r->header('Content-Type') // 'no type'));
        open my $fh, '<', "$ENV{MPIN_T_STAGE}/pinpad/$file" or die $!;
        local $/;
        ok($r->content eq <$fh>, '  the file of pinpad/, byte for byte');
    }
    like(http(GET => '/mpin-pinpad/mpin.js')->content, qr/^\s*\*\s*mpin\.js - the PIN pad of mod_mpin_rpa/m,
         'named as the PIN pad the module ships');
    unlike(http(GET => '/mpin-pinpad/mpin.js')->content, qr/DEVELOPMENT|development PIN pad/, '  not as a development one');
    is(http(GET => '/mpin-pinpad/')->code, 404, '/mpin-pinpad/ itself: 404 (no listing)');
    is(http(GET => '/mpin-pinpad/nope.js')->code, 404, 'a missing file: 404');
    is(http(GET => '/mpin-pinpad/..%2f..%2fetc%2fpasswd')->code, 404, 'traversal: 404');
    is(http(GET => '/mpin-pinpad/../templates/loginform.html')->code, 404, 'dot segments: 404');
    is(http(POST => '/mpin-pinpad/mpin.js', '')->code, 405, 'POST: 405');
};

subtest '/login?return_to= carries the return target' => sub {
    my $html = nav('/login?return_to=/protected%3Fx%3D1')->content;
    is(pinpad_option($html, 'successLoginURL'), '/protected?x=1', 'successLoginURL: /protected?x=1');
    like(inline_script($html), qr/successLoginURL: "\\u002fprotected\?x=1"/, 'JS-escaped in the page');
    $html = nav('/login?return_to=%2Fprotected%2Fsub%3Fa%3D1%26b%3D2')->content;
    is(pinpad_option($html, 'successLoginURL'), '/protected/sub?a=1&b=2', 'an encoded path with two parameters');
    unlike(inline_script($html), qr/a=1&b=2/, 'the & is escaped inside the script');
};

subtest 'hostile return_to values fall back to /protected, nothing unescaped' => sub {
    my @bad = ('//evil.example', 'javascript:alert(1)', '/%2F%2Fevil.example', '"</script><script>alert(1)</script>',
               "/\"});alert(1);//", 'https://evil.example/', '/\\evil.example', "/\x{2028}x", '///evil.example',
               'data:text/html,<script>alert(1)</script>',
               "/protected\r\nX: y", '/%0aalert(1)');
    for my $t (@bad) {
        (my $shown = $t) =~ s/([^\x20-\x7e])/sprintf('\\x%02x', ord $1)/ge;
        my $r = nav('/login?return_to=' . esc($t));
        is($r->code, 200, "$shown: 200");
        is(pinpad_option($r->content, 'successLoginURL'), '/protected', "$shown: successLoginURL /protected");
        my $html = $r->content;
        my $n = () = $html =~ /<script/gi;
        is($n, 2, "$shown: no extra <script> in the page");
        unlike($html, qr/alert\(1\)|evil\.example/, "$shown: the value does not appear");
    }
    # same-site paths full of special characters are kept, but escaped
    for my $t (q{/p/"'<>&x}, '/</script><script>alert(1)</script>', '/p/\u0022x', '/p/%22x', '/p/%2522x') {
        my $r = nav('/login?return_to=' . esc($t));
        my $script = inline_script($r->content);
        my $v = pinpad_option($r->content, 'successLoginURL');
        ok(defined $v && ($v eq $t || $v eq '/protected'), "$t: kept exactly or refused");
        my $n = () = $r->content =~ /<script/gi;
        is($n, 2, "$t: no extra <script> in the page");
        unlike($script, qr/[<>'&]|"\/?'|"[^,\n]*"[^,\n]*"/, "$t: never raw inside the script");
    }
};

subtest '/protected without a session: a browser goes to the login page' => sub {
    my $r = nav('/protected');
    is($r->code, 302, 'status 302');
    is($r->header('Location'), '/login?return_to=%2Fprotected', 'Location /login?return_to=%2Fprotected');
    unlike($r->content, qr/You are logged in/, 'no protected content');
    ok(!defined $r->header('Set-Cookie'), 'no cookie');
    $r = nav('/protected?x=1&y=%2F');
    is($r->header('Location'), '/login?return_to=%2Fprotected%3Fx%3D1%26y%3D%252F', 'the query is kept, encoded');
    $r = nav('/protected', 'Sec-Fetch-Mode' => 'navigate', 'Sec-Fetch-Dest' => 'document');
    is($r->code, 302, 'Sec-Fetch-Mode: navigate: 302 too');
    # the round trip: the login page sends the PIN pad back to /protected
    my $login = nav($r->header('Location'));
    is(pinpad_option($login->content, 'successLoginURL'), '/protected', 'the login page returns to /protected');
};

subtest '/protected without a session: scripts and APIs get 401' => sub {
    my %cases = ('X-Requested-With' => ['X-Requested-With' => 'XMLHttpRequest', Accept => 'text/html'],
                 'Accept: application/json' => [Accept => 'application/json'],
                 'Sec-Fetch-Mode: cors' => ['Sec-Fetch-Mode' => 'cors', Accept => 'text/html'],
                 'Sec-Fetch-Mode: no-cors' => ['Sec-Fetch-Mode' => 'no-cors', Accept => '*/*'],
                 'no Accept' => []);
    for my $name (sort keys %cases) {
        my $r = http(GET => '/protected', undef, @{ $cases{$name} });
        is($r->code, 401, "$name: 401");
        ok(!defined $r->header('Set-Cookie'), "$name: no cookie");
        ok(!defined $r->header('Location'), "$name: no redirect");
        like($r->header('WWW-Authenticate') // '', qr/^MPin\b/, "$name: WWW-Authenticate MPin");
        unlike($r->content, qr/You are logged in/, "$name: no protected content");
    }
    is(http(POST => '/protected', 'x', Accept => 'text/html')->code, 401, 'a POST: 401, not a redirect');
};

subtest '/protected with a session' => sub {
    my $cookie = login_as('alice@example.com');
    my $r = nav('/protected', session_header($cookie));
    is($r->code, 200, 'status 200');
    like($r->content, qr{<h1 style="color:green">You are logged in as alice\@example\.com</h1>}, 'You are logged in as alice');
    like($r->content, qr{<a href="/logout">Logout</a>}, 'a /logout link');
    like($r->header('Cache-Control') // '', qr/no-store/, 'not cacheable');
    $r = http(GET => '/protected', undef, session_header($cookie), 'X-Requested-With' => 'XMLHttpRequest');
    is($r->code, 200, 'XHR with the session: 200');
    $r = nav('/', session_header($cookie));
    like($r->content, qr/You have a session as alice\@example\.com/, '/ shows the session');
};

subtest 'the user name is HTML-escaped' => sub {
    my $user = '<b>x</b>@example.com';
    my $cookie = login_as($user);
    my $r = nav('/protected', session_header($cookie));
    is($r->code, 200, 'status 200');
    like($r->content, qr/You are logged in as &lt;b&gt;x&lt;\/b&gt;\@example\.com</, 'escaped');
    unlike($r->content, qr/<b>x<\/b>/, 'never raw');
    $r = nav('/', session_header($cookie));
    like($r->content, qr/session as &lt;b&gt;x&lt;\/b&gt;\@example\.com/, 'escaped on / too');
    unlike($r->content, qr/<b>x<\/b>/, 'never raw on /');
    $user = q{"onmouseover='alert(1)'&amp;@example.com};
    $r = nav('/protected', session_header(login_as($user)));
    like($r->content, qr/as &#34;onmouseover=&#39;alert\(1\)&#39;&amp;amp;\@example\.com</, 'quotes and & escaped');
};

subtest 'a bad or foreign cookie is no session' => sub {
    my $cookie = login_as('alice@example.com');
    (my $tampered = $cookie) =~ s/^(.)/$1 eq 'A' ? 'B' : 'A'/e;
    is(nav('/protected', session_header($tampered))->code, 302, 'a tampered id: 302 to login');
    (my $badtag = $cookie) =~ s/(.)$/$1 eq 'A' ? 'B' : 'A'/e;
    is(nav('/protected', session_header($badtag))->code, 302, 'a tampered tag: 302 to login');
    is(nav('/protected', Cookie => "other=$cookie")->code, 302, 'the value under another name: 302');
    is(nav('/protected', Cookie => 'mpin_session=garbage; mpin_session=' . $cookie)->code, 200,
       'a garbage duplicate before the good one: still logged in');
};

subtest 'methods' => sub {
    for my $p ('/login', '/') {
        my $r = http(POST => $p, 'x=1', 'Content-Type' => 'application/x-www-form-urlencoded');
        is($r->code, 405, "POST $p: 405");
        like($r->header('Allow') // '', qr/GET/, "POST $p: Allow: GET");
    }
    my $h = http(HEAD => '/login');
    is($h->code, 200, 'HEAD /login: 200');
    is($h->content, '', 'no body');
};

subtest 'the login page with an accepted absolute return_to is refused without MpinRedirectAllowed' => sub {
    my $html = nav('/login?return_to=' . esc(server_url() . '/protected'))->content;
    is(pinpad_option($html, 'successLoginURL'), '/protected', 'an absolute URL to this very site: not allowed by default');
};

subtest 'pages never leak the session cookie' => sub {
    my $cookie = login_as('alice@example.com');
    for my $p ('/', '/protected', '/login') {
        my $r = nav($p, session_header($cookie));
        unlike($r->content, qr/\Q$cookie\E/, "$p: the cookie value is not in the page");
        my ($id) = $cookie =~ /^([^.]+)/;
        unlike($r->content, qr/\Q$id\E/, "$p: nor the session id");
    }
};

sub esc { my $s = shift; utf8::encode($s) if utf8::is_utf8($s); $s =~ s/([^A-Za-z0-9\-._~])/sprintf('%%%02X', ord $1)/ge; $s }

devrps_reset();
