# Rotating the session key (MpinSessionSecret new [old], MpinSessionSecretFile):
# servers sharing one redis store, each with another key setting, and the
# cookies each of them accepts.  The servers are extra httpd instances
# (t/lib/MpinServer.pm) against the redis of t/run (MPIN_REDIS_PORT).
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;
use MpinServer qw(login_at session_key cookie_tag nav_headers redis_store key_file);

Test::More->builder->failure_output(\*STDERR);

my $store = redis_store();
my $K1 = 'rotation-key-one-0123456789abcdefghij';
my $K2 = 'rotation-key-two-0123456789abcdefghij';
my $secrets = key_file('secrets', 0644, $K2, $K1);

devrps_reset();
my %srv = (
    old      => MpinServer->start(store => $store, secret => $K1),
    rotating => MpinServer->start(store => $store, secret => "$K2 $K1"),
    new      => MpinServer->start(store => $store, secret => $K2),
    file     => MpinServer->start(store => $store, conf => "MpinSessionSecretFile $secrets\n"),
);

sub user_on_server { my ($name, $cookie) = @_; MpinServer::user_on($srv{$name}->url, $cookie) }

my $old = login_at($srv{old}->url, 'alice');
my ($id, $tag) = split /\./, $old;
is($tag, cookie_tag(session_key($K1), $id, 'mpin_session'), 'a server with K1 signs with K1');
is(user_on_server(old => $old), 'alice', 'K1 cookie on the K1 server: accepted');
is(user_on_server(rotating => $old), 'alice', 'K1 cookie on a "K2 K1" server: accepted while rotating');
is(user_on_server(file => $old), 'alice', 'K1 cookie on a server whose secret file has K2 then K1: accepted');
is(user_on_server(new => $old), 302, 'K1 cookie on a K2-only server: refused');
like($srv{new}->log, qr/MPIN01108: session cookie with a bad tag ignored/, '  for its tag');

my $new = login_at($srv{rotating}->url, 'bob');
($id, $tag) = split /\./, $new;
is($tag, cookie_tag(session_key($K2), $id, 'mpin_session'), 'a "K2 K1" server signs with K2');
is(user_on_server(new => $new), 'bob', 'K2 cookie on the K2 server: accepted');
is(user_on_server(file => $new), 'bob', 'K2 cookie on the secret-file server: accepted');
is(user_on_server(old => $new), 302, 'K2 cookie on a K1-only server: refused');

my $filed = login_at($srv{file}->url, 'carol');
($id, $tag) = split /\./, $filed;
is($tag, cookie_tag(session_key($K2), $id, 'mpin_session'), 'the secret file\'s first line is the current key');

# A restart that retires K1 (same port, same store): the K1 session is over.
my $port = $srv{rotating}->port;
$srv{rotating}->stop;
is(user_on_server(old => $old), 'alice', 'the K1 session still lives in the store');
$srv{rotating} = MpinServer->start(store => $store, secret => $K2, port => $port);
is(user_on_server(rotating => $old), 302, 'after a restart with K2 alone, the K1 cookie is refused');
is(user_on_server(rotating => $new), 'bob', '  and the K2 cookie still accepted');

done_testing();
