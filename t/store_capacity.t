# Sessions apart from what anonymous requests create (security row 19): a
# flood of POST /mpinAuthenticate with random well-formed authOTTs, many
# times what a deliberately small short-lived cache holds, sent over several
# connections at once, leaves every session valid, a password lockout in
# force and no eviction counted.  And a session cache that is too small:
# the sessions it loses are counted in mpin-status and named in one warning.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use IO::Socket::INET ();
use Time::HiRes qw(time);
use lib 't/lib';
use MpinTest;
use MpinServer qw(login_at nav_headers);

Test::More->builder->failure_output(\*STDERR);

my $FLOOD = 20_000;         # requests
my $CONNECTIONS = 4;
my $SHORT = 800;            # MpinShortCacheSize of the flooded server

my $STATUS = <<'CONF';
<Location /mpin-status>
    SetHandler mpin-status
</Location>
CONF

sub page_code {
    my ($srv, $cookie) = @_;
    return http(GET => $srv->url('/protected'), undef, nav_headers(),
                Cookie => "mpin_session=$cookie")->code;
}

sub evictions {
    my ($srv, $cache) = @_;
    my $text = http(GET => $srv->url('/mpin-status'))->content;
    return $text =~ /^mpin_store_evictions_total\{cache="$cache"\} (\d+)$/m ? $1 : 'absent';
}

# One connection's share of the flood: keep-alive POSTs, a new connection
# whenever httpd closes one; returns {status => count}.
sub flood_share {
    my ($port, $n, $deadline) = @_;
    my (%codes, $s);
    for (1 .. $n) {
        last if time > $deadline;
        $s ||= IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Timeout => 30)
            or die "connect: $!";
        my $body = '{"mpinResponse":{"authOTT":"' . random_hex(32) . '"}}';
        print {$s} "POST /mpinAuthenticate HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            . "Content-Type: application/json\r\nContent-Length: " . length($body) . "\r\n\r\n$body";
        my $line = <$s>;
        unless (defined $line && $line =~ m{^HTTP/1\.1 (\d{3})}) { undef $s; $codes{lost}++; next }
        my ($code, $len, $close) = ($1, 0, 0);
        while (defined(my $h = <$s>)) {
            last if $h eq "\r\n";
            $len = $1 if $h =~ /^Content-Length:\s*(\d+)/i;
            $close = 1 if $h =~ /^Connection:\s*close/i;
        }
        read($s, my $skip, $len) if $len;
        $codes{$code}++;
        undef $s if $close;
    }
    return \%codes;
}

# The flood over CONNECTIONS processes at once; returns {status => count}.
sub flood {
    my ($srv, $n) = @_;
    my $deadline = time + 600;
    my @parts = in_parallel($CONNECTIONS, sub {
        srand($$ ^ time);
        return flood_share($srv->port, int($n / $CONNECTIONS), $deadline);
    });
    my %total;
    for my $c (@parts) {
        # a process that died: {error => why}, counted as such
        if (defined $c->{error}) { $total{error}++; diag("flood process: $c->{error}"); next }
        $total{$_} += $c->{$_} for keys %$c;
    }
    return \%total;
}

# ------------------------------------------------------------------ flood
devrps_reset();
# the flood comes from one address and must reach the caches: MpinRateLimit
# (which would answer it 429 after its burst, t/ratelimit.t) is off here
my $srv = MpinServer->start(conf => <<"CONF");
MpinRateLimit Off
MpinShortCacheSize $SHORT
MpinSessionCacheSize 2000
$STATUS
<Location /pw/login>
    SetHandler mpin-login
    MpinLoginMethods password
    MpinPasswordProvider file
    AuthUserFile "\@ROOT\@/htpasswd"
    MpinPasswordMaxFailures 2
    MpinPasswordLockout 3600
</Location>
CONF
system('htpasswd', '-c', '-b', '-B', $srv->root . '/htpasswd', 'john', 'right') == 0 or die 'htpasswd';
chmod 0644, $srv->root . '/htpasswd';

my @users = map { "user$_" } 1 .. 40;
my %cookie = map { $_ => scalar login_at($srv->url, $_) } @users;
is(scalar(grep { page_code($srv, $cookie{$_}) == 200 } @users), 40, '40 sessions are live');

# two wrong passwords lock this address out
my $page = http(GET => $srv->url('/pw/login'), undef, Accept => 'text/html');
my $pre = cookie_from($page, 'mpin_login');
my ($token) = $page->content =~ /name="csrf_token" value="([^"]+)"/;
sub password_login {
    my ($password) = @_;
    return http(POST => $srv->url('/pw/login'), "username=john&password=$password&csrf_token=$token",
                'Content-Type' => 'application/x-www-form-urlencoded', Accept => 'text/html',
                Cookie => "mpin_login=$pre")->code;
}
password_login('wrong') for 1 .. 2;
is(password_login('right'), 429, 'two wrong passwords lock this address out');

my $codes = flood($srv, $FLOOD);
my $guarded = $codes->{408} // 0;
diag('flood answers: ' . join(', ', map { "$_: $codes->{$_}" } sort keys %$codes));
cmp_ok($guarded, '>=', 20 * $SHORT,
       "the flood put at least 20 times MpinShortCacheSize ($SHORT) authOTTs into the replay guard");
is(scalar(grep { page_code($srv, $cookie{$_}) == 200 } @users), 40,
   'after the flood every one of the 40 sessions is still valid');
is(evictions($srv, 'sessions'), 0, '  and mpin-status counts no session evicted');
is(password_login('right'), 429, 'the lockout is still in force after the flood');
is(evictions($srv, 'lockout'), 0, '  and no lockout counter was evicted');
my $ott = devrps_mint('zoe', 1);
my $login = sub { http(POST => $srv->url('/mpinAuthenticate'), {mpinResponse => {authOTT => $ott}},
                       'Content-Type' => 'application/json')->code };
is($login->(), 200, 'a login works after the flood');
is($login->(), 408, '  and its authOTT cannot be replayed');
$srv->stop;

# ------------------------------------------ a session cache filled to its size
# MpinSessionCacheSize says how many sessions the cache holds: fill it with
# exactly that many logins of distinct users (each writes its session record
# and its user's index record, with names as long as real e-mail addresses)
# and every one must stay valid, none counted evicted.  Sized for the
# session record alone (as before the user index), shmcb's fullest
# subcaches scrolled sessions out.
my $SIZE = 1000;
my $full = MpinServer->start(conf => "MpinSessionCacheSize $SIZE\nMpinRateLimit Off\n$STATUS");
my $PARTS = 4;
my @filled = in_parallel($PARTS, sub {
    my ($part) = @_;
    my %mine;
    for (my $i = $part; $i <= $SIZE; $i += $PARTS) {
        my $user = sprintf 'firstname.lastname%04d@mail.example.com', $i;
        $mine{$user} = scalar login_at($full->url, $user);
    }
    return \%mine;
});
my %fc;
for my $part (@filled) {
    die "filling: $part->{error}" if defined $part->{error};
    %fc = (%fc, %$part);
}
is(scalar(keys %fc), $SIZE, "$SIZE distinct users logged in (MpinSessionCacheSize $SIZE)");
my @valid = in_parallel($PARTS, sub {
    my ($part) = @_;
    my @users = sort keys %fc;
    return {n => scalar grep { page_code($full, $fc{$users[$_]}) == 200 }
                       grep { $_ % $PARTS == $part - 1 } 0 .. $#users};
});
my $still = 0;
$still += $_->{n} // 0 for @valid;
is($still, $SIZE, "all $SIZE sessions are still valid");
is(evictions($full, 'sessions'), 0, '  and mpin-status counts none evicted');
$full->stop;

# ---------------------------------------------------- a session cache too small
my $tiny = MpinServer->start(conf => "MpinSessionCacheSize 10\nMpinRateLimit Off\n$STATUS");
# shmcb's smallest segment (16 KB) holds about 88 records, 44 browser
# sessions (a session record and a user index each): 100 overfill it,
# within what the ledger follows exactly (about twice)
my @many = map { "many$_" } 1 .. 100;
my %c2 = map { $_ => scalar login_at($tiny->url, $_) } @many;
my $lost = grep { page_code($tiny, $c2{$_}) != 200 } @many;
cmp_ok($lost, '>', 0, "a session cache for 10 sessions loses some of 100 ($lost)");
cmp_ok($lost, '<', 100, '  but not all');
my $counted = evictions($tiny, 'sessions');
diag("lost $lost sessions, counted $counted");
ok($counted =~ /^\d+$/ && $counted > 0 && $counted <= $lost,
   "  and mpin-status counts the sessions it lost ($counted of $lost)");
my @warnings = $tiny->log =~ /(MPIN03003: the session cache is full: a live record was evicted[^\n]*)/g;
is(scalar @warnings, 1, '  in one warning (at most one a minute)');
like($warnings[0] // '', qr/raise MpinSessionCacheSize \(now 10\)/, '  which names the directive to raise');
$tiny->stop;

done_testing();
