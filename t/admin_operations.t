# What an administrator meets in the error log and in mpin-status (issue 19,
# items 5 to 8), on extra httpd instances (t/lib/MpinServer.pm):
#  - a valid-looking cookie whose session is not in the store logs a debug
#    line (MPIN03201), without the cookie;
#  - a key file others can read is warned about (MPIN03203);
#  - a cookie signed with the previous key is re-signed with the current one
#    on use, so the session goes on once the previous key is removed;
#  - "MpinSessionSecret is not set" (MPIN01101) only when the configuration
#    uses the module, not when it is merely loaded (a package just installed);
#  - the status counters survive a graceful reload.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;
use MpinServer qw(login_at session_key cookie_tag nav_headers redis_store key_file user_on);
use MIME::Base64 qw(encode_base64url);

plan tests => 20;
Test::More->builder->failure_output(\*STDERR);
devrps_reset();

my $store = redis_store();
my $K1 = 'admin-key-one-0123456789abcdefghijklm';
my $K2 = 'admin-key-two-0123456789abcdefghijklm';
# ---------------------------------------------------------------- key files
my $open = key_file('open.key', 0644, $K1);
my $closed = key_file('closed.key', 0600, $K1);
my $srv = MpinServer->start(store => $store, conf => "MpinSessionSecretFile $open\n");
like($srv->log, qr/MPIN03203: MpinSessionSecretFile \Q$open\E can be read or written by everyone: .*chmod 600/,
     'a key file everyone can read: a warning naming it and chmod 600');
$srv->stop;
$srv = MpinServer->start(store => $store, conf => "MpinSessionSecretFile " . key_file('group.key', 0640, $K1) . "\n");
like($srv->log, qr/MPIN03203: .* by its group/, 'one its group can read: a warning too');
$srv->stop;

# ---------------------------------------------------------------- rotation
$srv = MpinServer->start(store => $store, conf => "MpinSessionSecretFile $closed\n");
unlike($srv->log, qr/MPIN03203/, 'a key file only its owner reads (install -m 600): no warning');
my $cookie = login_at($srv->url, 'alice');
my ($id) = split /\./, $cookie;
my $port = $srv->port;
$srv->stop;

# rotate: line 1 the new key, line 2 the old one (same store, same port)
key_file('closed.key', 0600, $K2, $K1);
$srv = MpinServer->start(store => $store, port => $port, conf => "MpinSessionSecretFile $closed\n");
my ($who, $r) = user_on($srv->url, $cookie);
is($who, 'alice', 'after the rotation, the cookie made under the old key still opens the page');
my ($sc) = grep { /^mpin_session=/ } $r->header('Set-Cookie');
my ($resigned) = ($sc // '') =~ /^mpin_session=([^;]+)/;
is($resigned, "$id." . cookie_tag(session_key($K2), $id, 'mpin_session'),
   '  and is re-signed with the new key: same session id, new tag');
like($sc // '', qr/; HttpOnly; SameSite=Lax/, '  with the usual attributes');
like($srv->log, qr/MPIN03202: session cookie signed with the previous key: re-signed/, '  logged at debug');
($who, $r) = user_on($srv->url, $resigned);
is($who, 'alice', 'the re-signed cookie opens the page');
ok(!grep({ /^mpin_session=/ } $r->header('Set-Cookie')), '  and is not re-signed again');
$srv->stop;

# the old key removed (after MpinSessionMaxAge): the re-signed session goes on
key_file('closed.key', 0600, $K2);
$srv = MpinServer->start(store => $store, port => $port, conf => "MpinSessionSecretFile $closed\n");
is((user_on($srv->url, $resigned))[0], 'alice', 'with the old key removed, the re-signed session goes on');
is((user_on($srv->url, $cookie))[0], 302, '  the cookie that was never used since the rotation does not');

# ---------------------------------------------------------------- vanished sessions
my $offset = length $srv->log;
my $ghost_id = encode_base64url(join '', map { chr int rand 256 } 1 .. 24);
my $ghost = "$ghost_id." . cookie_tag(session_key($K2), $ghost_id, 'mpin_session');
is((user_on($srv->url, $ghost))[0], 302, 'a valid-looking cookie for a session the store does not have: login');
my $log = substr $srv->log, $offset;
like($log, qr/MPIN03201: session cookie with a valid tag, but no such session in the store/,
     '  logged at debug (expired, logged out, evicted or unknown)');
ok(index($log, $ghost_id) < 0 && index($log, (split /\./, $ghost)[1]) < 0, '  without the cookie\'s id or tag');
$srv->stop;

# ---------------------------------------------------------------- MPIN01101
$srv = MpinServer->start(bare => 1);
open my $ix, '>', $srv->root . '/htdocs/index.html' or die $!;
print $ix "bare\n";
close $ix;
is(http(GET => $srv->url('/'))->content, "bare\n", 'a server that only loads the module starts and serves');
unlike($srv->log, qr/MPIN01101/, '  without "MpinSessionSecret is not set" (nothing uses the module)');
$srv->stop;
$srv = MpinServer->start(bare => 1, conf => "<Location /x>\n    AuthType MPin\n    Require valid-user\n</Location>\n");
like($srv->log, qr/MPIN01101: MpinSessionSecret is not set/, 'one that uses it (AuthType MPin) without a secret: warned');
$srv->stop;

# ---------------------------------------------------------------- counters
$srv = MpinServer->start(store => $store, secret => $K2,
                         conf => "<Location /mpin-status>\n    SetHandler mpin-status\n</Location>\n");
sub created {
    my ($s) = @_;
    my ($n) = http(GET => $s->url('/mpin-status'))->content =~ /^mpin_sessions_created_total (\d+)$/m;
    return $n // -1;
}
login_at($srv->url, "counted$_") for 1 .. 3;
is(created($srv), 3, 'three logins counted');
$srv->graceful;
is(created($srv), 3, 'a graceful reload keeps the counters');
login_at($srv->url, 'counted4');
is(created($srv), 4, '  and they go on from there');
$srv->stop;
