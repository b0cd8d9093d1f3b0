# Fresh-PIN areas and step-up from a password (issue 18 items 1 and 2), on
# a shared-memory store and on redis:
#   MpinMaxAuthAge: a session whose last PIN entry is too old is sent to the
#   login page (navigation) or answered 401 with a JSON reason (script); a
#   PIN login on it renews the same session under a new id (the old cookie
#   is dead: no fixation) and Require valid-user elsewhere is not affected;
#   the time reaches a CGI as MPIN_AUTH_TIME.
#   Require mpin-method pinpad refusing a password session: a navigation goes
#   to the PIN pad, a script gets 401 with its reason, and a PIN login there
#   upgrades the session (MPIN_LOGIN_METHODS "password pinpad").
# Session records written before version 3 or 2 (redis: rewritten to the old
# format here) are still sessions, with their login time as the PIN time.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use IO::Socket::INET ();
use Digest::SHA qw(sha256);
use MIME::Base64 qw(encode_base64url);
use lib 't/lib';
use MpinTest;
use MpinServer qw(login_at nav_headers xhr_headers);

Test::More->builder->failure_output(\*STDERR);

my $STAGE = $ENV{MPIN_T_STAGE} or die 'MPIN_T_STAGE is not set (run t/run)';
my $redis = $ENV{MPIN_REDIS_PORT} or die 'MPIN_REDIS_PORT is not set (run t/run)';
my $BACKEND = 'BACKEND-BODY-7f3a';
my $AGE = 3;    # MpinMaxAuthAge of /fresh/: slept past once per store

my $htpasswd = "$STAGE/spool/stepup-htpasswd";
system('htpasswd', '-c', '-b', '-B', $htpasswd, 'john', 'john-pw') == 0 or die 'htpasswd';
chmod 0644, $htpasswd;
devrps_reset();

my $CONF = <<"CONF";
PassEnv MPIN_T_STAGE
<Location /login>
    MpinLoginMethods password pinpad
    MpinPasswordProvider file
    AuthUserFile "$htpasswd"
</Location>
ScriptAliasMatch "^/(any|fresh|hour|pin|pin403)/env\$" "$STAGE/cgi-bin/env-json"
<Location /any/>
    AuthType MPin
    Require valid-user
    MpinAuthTimeHeader X-Mpin-Auth-Time
</Location>
<Location /fresh/>
    AuthType MPin
    Require valid-user
    MpinMaxAuthAge $AGE
</Location>
<Location /hour/>
    AuthType MPin
    Require valid-user
    MpinMaxAuthAge 3600
</Location>
<Location /pin/>
    AuthType MPin
    Require mpin-method pinpad mobile
</Location>
<Location /pin403/>
    AuthType MPin
    Require mpin-method pinpad
    AuthzSendForbiddenOnFailure On
</Location>
CONF

sub get {
    my ($srv, $path, $cookie, @h) = @_;
    return http(GET => $srv->url($path), undef, (@h ? @h : nav_headers()),
                defined $cookie ? (Cookie => "mpin_session=$cookie") : ());
}

# The CGI environment a request got, or the status when it was refused.
sub env_at {
    my $r = get(@_);
    return $r->code unless $r->code == 200;
    my $j = json_decode($r->content);
    return $j && $j->{env} ? $j->{env} : 'no JSON';
}

sub password_login {
    my ($srv, $user, $password) = @_;
    my $page = http(GET => $srv->url('/login'), undef, Accept => 'text/html');
    my $pre = cookie_from($page, 'mpin_login');
    my ($token) = $page->content =~ /name="csrf_token" value="([^"]+)"/ or die 'no CSRF token';
    my $r = http(POST => $srv->url('/login'), "username=$user&password=$password&csrf_token=$token",
                 'Content-Type' => 'application/x-www-form-urlencoded', Accept => 'text/html',
                 Cookie => "mpin_login=$pre");
    die 'password login failed: ' . $r->status_line unless $r->code == 303;
    return cookie_from($r);
}

# A PIN login (PIN pad) of user from a browser that sends cookie.
sub pin_login {
    my ($srv, $user, $cookie) = @_;
    my ($new, $r) = login_at($srv->url, $user, undef,
                             defined $cookie ? (Cookie => "mpin_session=$cookie") : ());
    return $new;
}

# ------------------------------------------------------------------ redis
sub redis_cmd {
    my @args = @_;
    my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $redis, Timeout => 5)
        or die "redis: $!";
    print {$s} '*' . @args . "\r\n" . join('', map { '$' . length($_) . "\r\n$_\r\n" } @args);
    my $reply = _redis_reply($s);
    close $s;
    return $reply;
}

sub _redis_reply {
    my ($s) = @_;
    my $line = <$s>;
    die 'redis: no answer' unless defined $line;
    $line =~ s/\r\n$//;
    my ($type, $rest) = (substr($line, 0, 1), substr($line, 1));
    return $rest if $type eq '+' || $type eq ':';
    die "redis: $rest" if $type eq '-';
    if ($type eq '$') {
        return undef if $rest < 0;
        my $buf = '';
        read($s, $buf, $rest + 2 - length $buf, length $buf) while length $buf < $rest + 2;
        return substr($buf, 0, $rest);
    }
    return [map { _redis_reply($s) } 1 .. $rest] if $type eq '*';
    die "redis: unexpected $line";
}

# The redis key of a session cookie's record (session/store.c's
# mpin_store_key: a hash of the id; mod_socache_redis stores it hex-encoded
# under its prefix).
sub redis_key_of {
    my ($cookie) = @_;
    my $key = encode_base64url(sha256('s|' . substr($cookie, 0, 32))) . '.s';
    my $hex = unpack('H*', $key);
    my @found = grep { /(?:\Q$key\E|\Q$hex\E)$/ } @{ redis_cmd('KEYS', '*') };
    die "not one redis key for the session ($key): @found" unless @found == 1;
    return $found[0];
}

# ------------------------------------------------------------------ tests
for my $store ('shmcb', 'redis') {
    subtest "store $store" => sub {
        my $srv = MpinServer->start(secret => 'stepup-test-secret-0123456789abcdef', conf => $CONF,
                                    $store eq 'redis' ? (store => "redis:127.0.0.1:$redis") : ());

        # ---------------------------------------- MPIN_AUTH_TIME, fresh
        my $t0 = time;
        my $alice = pin_login($srv, 'alice');
        my $t1 = time;
        my $env = env_at($srv, '/any/env', $alice);
        is(ref $env && $env->{REMOTE_USER}, 'alice', 'a PIN login opens Require valid-user');
        my $at = ref $env ? $env->{MPIN_AUTH_TIME} // '' : '';
        like($at, qr/^\d+$/, '  MPIN_AUTH_TIME reaches the CGI');
        ok($at >= $t0 - 1 && $at <= $t1 + 1, "  as the time of the PIN login ($t0 <= $at <= $t1)");
        is($env->{MPIN_LOGIN_METHOD}, 'pinpad', '  MPIN_LOGIN_METHOD pinpad');
        is($env->{MPIN_LOGIN_METHODS}, 'pinpad', '  MPIN_LOGIN_METHODS pinpad');
        is($env->{HTTP_X_MPIN_AUTH_TIME}, $at, '  and MpinAuthTimeHeader carries it to the backend');
        $env = env_at($srv, '/any/env', $alice, nav_headers(), 'X-Mpin-Auth-Time' => 1, 'X_MPIN_AUTH_TIME' => 2);
        is($env->{HTTP_X_MPIN_AUTH_TIME}, $at, '  whatever the client sends in its spellings');
        $env = env_at($srv, '/hour/env', $alice);
        is(ref $env && $env->{REMOTE_USER}, 'alice', 'MpinMaxAuthAge 3600: a fresh PIN entry gets in');

        # ---------------------------------------- MpinMaxAuthAge: too old
        sleep $AGE + 1;
        my $r = get($srv, '/fresh/env', $alice);
        is($r->code, 302, "MpinMaxAuthAge $AGE, PIN entered more than $AGE s ago: a navigation is redirected");
        is($r->header('Location'), '/login?return_to=%2Ffresh%2Fenv&reauth=age',
           '  to the login page, with the way back and why');
        is($r->header('Cache-Control'), 'no-store', '  not to be cached');
        unlike($r->content, qr/\Q$BACKEND\E/, '  without the backend');
        $r = get($srv, '/fresh/env', $alice, xhr_headers());
        is($r->code, 401, '  a script request: 401');
        my $j = json_decode($r->content) || {};
        is($j->{reason}, 'max_auth_age', '  with the JSON reason a page can act on');
        is($j->{redirectURL}, '/login?reauth=age', '  and where to send the user');
        like($j->{message} // '', qr/PIN/, '  and a message');
        like($r->header('WWW-Authenticate') // '',
             qr/^MPin login_url="\/login", error="insufficient_user_authentication", max_age="$AGE"$/,
             '  the challenge says why (RFC 9470 style)');
        unlike($r->content, qr/\Q$BACKEND\E/, '  without the backend');
        $env = env_at($srv, '/any/env', $alice);
        is(ref $env && $env->{REMOTE_USER}, 'alice', 'meanwhile Require valid-user elsewhere lets alice in');
        is($env->{MPIN_AUTH_TIME}, $at, '  with the same PIN time');

        # the login page reached for it shows the PIN pad alone
        my $page = get($srv, '/login?return_to=%2Ffresh%2Fenv&reauth=age', undef);
        is($page->code, 200, 'the login page with reauth=age');
        like($page->content, qr/id="pinHolder"/, '  shows the PIN pad');
        unlike($page->content, qr/name="password"/, '  and not the password form (a password would not do)');
        like($page->content, qr/enter your PIN again/, '  saying why');
        like($page->content, qr/successLoginURL: "\\u002ffresh\\u002fenv"/, '  and the PIN pad comes back to the page');
        like(get($srv, '/login', undef)->content, qr/name="password"/,
             '  (the same login page offers the password otherwise)');

        # ---------------------------------------- the PIN again: renewal
        # (MpinMaxAuthAge is 3 s: a renewal first used 2 s or more after it may
        # be refused already; on a machine that busy it is renewed again, at
        # most 5 times)
        my ($t2, $renewed);
        my $session = $alice;
        for (1 .. 5) {
            $t2 = time;
            $renewed = pin_login($srv, 'alice', $session);
            $env = env_at($srv, '/fresh/env', $renewed);
            last if (ref $env && $env->{REMOTE_USER}) || time - $t2 < 2 || !$renewed;
            $session = $renewed;
        }
        ok($renewed && $renewed ne $alice, 'a PIN login with the session: a new cookie (rotated)');
        is(ref $env && $env->{REMOTE_USER}, 'alice', '  which opens the MpinMaxAuthAge location again');
        cmp_ok($env->{MPIN_AUTH_TIME} // 0, '>=', $t2 - 1, '  with the new PIN time');
        cmp_ok($env->{MPIN_AUTH_TIME} // 0, '>', $at, '  later than the first');
        is($env->{MPIN_LOGIN_METHODS}, 'pinpad', '  methods still pinpad (once)');
        is(env_at($srv, '/any/env', $alice, xhr_headers()), 401,
           '  the old cookie is dead (fixation: the id a browser had before a login never lives on)');
        is(get($srv, '/fresh/env', $alice)->code, 302, '  also where it was refused');

        # ---------------------------------------- a password session
        my $john = password_login($srv, 'john', 'john-pw');
        $env = env_at($srv, '/any/env', $john);
        is(ref $env && $env->{REMOTE_USER}, 'john', 'a password login opens Require valid-user');
        is($env->{MPIN_LOGIN_METHOD}, 'password', '  MPIN_LOGIN_METHOD password');
        ok(!exists $env->{MPIN_AUTH_TIME}, '  and no MPIN_AUTH_TIME (no PIN entered)');
        $env = env_at($srv, '/any/env', $john, nav_headers(), 'X-Mpin-Auth-Time' => 1);
        ok(ref $env && !exists $env->{HTTP_X_MPIN_AUTH_TIME}, '  nor a MpinAuthTimeHeader, even when the client sends one');
        $r = get($srv, '/hour/env', $john);
        is($r->code, 302, 'MpinMaxAuthAge: a session without a PIN entry goes to the login page');
        is($r->header('Location'), '/login?return_to=%2Fhour%2Fenv&reauth=age', '  for the PIN');

        # ---------------------------------------- step-up from a password
        $r = get($srv, '/pin/env', $john);
        is($r->code, 302, 'Require mpin-method pinpad, a password session navigating: redirected');
        like($r->header('Location') // '', qr{^http://[^/]+/login\?return_to=%2Fpin%2Fenv&reauth=method$},
             '  to the PIN pad with the way back');
        is($r->header('Cache-Control'), 'no-store', '  not to be cached');
        unlike($r->content, qr/\Q$BACKEND\E/, '  without the backend');
        $r = get($srv, '/pin/env', $john, xhr_headers());
        is($r->code, 401, '  a script request: 401');
        $j = json_decode($r->content) || {};
        is($j->{reason}, 'login_method', '  with the JSON reason');
        is($j->{redirectURL}, '/login?reauth=method', '  and where to send the user');
        like($r->header('WWW-Authenticate') // '', qr/error="insufficient_user_authentication"/,
             '  the challenge says why');
        unlike($r->content, qr/\Q$BACKEND\E/, '  without the backend');
        is(get($srv, '/pin403/env', $john)->code, 403,
           '  AuthzSendForbiddenOnFailure On keeps its 403 (no step-up)');
        $page = get($srv, '/login?return_to=%2Fpin%2Fenv&reauth=method', undef);
        like($page->content, qr/id="pinHolder"/, '  the login page for it shows the PIN pad');
        unlike($page->content, qr/name="password"/, '  alone');
        like($page->content, qr/needs a login with your PIN/, '  saying why');

        my $up = pin_login($srv, 'john', $john);
        ok($up && $up ne $john, 'a PIN login of john on the password session: a new cookie');
        $env = env_at($srv, '/pin/env', $up);
        is(ref $env && $env->{REMOTE_USER}, 'john', '  which Require mpin-method pinpad lets in');
        is($env->{MPIN_LOGIN_METHODS}, 'password pinpad', '  MPIN_LOGIN_METHODS notes both methods');
        is($env->{MPIN_LOGIN_METHOD}, 'pinpad', '  MPIN_LOGIN_METHOD is the latest');
        like($env->{MPIN_AUTH_TIME} // '', qr/^\d+$/, '  MPIN_AUTH_TIME is set now');
        is(ref(env_at($srv, '/hour/env', $up)) && 'in', 'in', '  and MpinMaxAuthAge lets it in');
        is(env_at($srv, '/any/env', $john, xhr_headers()), 401, '  the password cookie is dead');

        # another user's PIN login on it starts a session of its own
        my $bob = pin_login($srv, 'bob', $up);
        $env = env_at($srv, '/any/env', $bob);
        is(ref $env && $env->{REMOTE_USER}, 'bob', "bob's PIN login with john's cookie: bob's own session");
        is($env->{MPIN_LOGIN_METHODS}, 'pinpad', '  which has nothing of john\'s');
        $env = env_at($srv, '/any/env', $up);
        is(ref $env && $env->{REMOTE_USER}, 'john', "  and john's session is not taken over");

        return unless $store eq 'redis';
        # ---------------------------------------- version 1 records (redis)
        my $carol = pin_login($srv, 'carol');
        my $key = redis_key_of($carol);
        my $ttl = redis_cmd('PTTL', $key);
        my $rec = redis_cmd('GET', $key);
        my @f = split /\|/, $rec, -1;
        is(scalar @f, 11, 'a record is written in version 3 (11 fields)');
        redis_cmd('SET', $key, join('|', 2, @f[1 .. 9]), 'PX', $ttl);
        $env = env_at($srv, '/any/env', $carol);
        is(ref $env && $env->{REMOTE_USER}, 'carol', 'a version 2 record (before the logout key) is still a session');
        my $old = time - 7200;
        my $v1 = join '|', 1, $old * 1_000_000, time * 1_000_000, @f[3 .. 7];
        redis_cmd('SET', $key, $v1, 'PX', $ttl);
        $env = env_at($srv, '/any/env', $carol);
        is(ref $env && $env->{REMOTE_USER}, 'carol', 'a version 1 record (before the upgrade) is still a session');
        is($env->{MPIN_AUTH_TIME}, $old, '  its PIN time is its login');
        is($env->{MPIN_LOGIN_METHODS}, 'pinpad', '  its methods its method');
        $r = get($srv, '/hour/env', $carol);
        is($r->code, 302, '  a PIN entry two hours old: MpinMaxAuthAge 3600 sends it to the PIN pad');
        my $again = pin_login($srv, 'carol', $carol);
        $env = env_at($srv, '/hour/env', $again);
        is(ref $env && $env->{REMOTE_USER}, 'carol', '  the PIN entered again: in, with a new cookie');
        is(env_at($srv, '/any/env', $carol, xhr_headers()), 401, '  the old one dead');
        is(scalar(split /\|/, redis_cmd('GET', redis_key_of($again)), -1), 11,
           '  the renewed record is version 3');
        $srv->stop;
    };
}

done_testing();
