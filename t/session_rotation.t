# Rotating the session key (MpinSessionSecret new [old], MpinSessionSecretFile):
# servers sharing one redis store, each with another key setting, and the
# cookies each of them accepts.  The servers are extra httpd instances
# (t/lib/MpinServer.pm) against the redis of t/run (MPIN_REDIS_PORT).
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use File::Temp qw(tempdir);
use lib 't/lib';
use MpinTest;
use MpinServer qw(login_at session_key cookie_tag nav_headers);

Test::More->builder->failure_output(\*STDERR);

my $redis = $ENV{MPIN_REDIS_PORT} or die 'MPIN_REDIS_PORT is not set (run t/run)';
my $store = "redis:127.0.0.1:$redis";
my $K1 = 'rotation-key-one-0123456789abcdefghij';
my $K2 = 'rotation-key-two-0123456789abcdefghij';
my $dir = tempdir(CLEANUP => 1);
chmod 0755, $dir;
open my $fh, '>', "$dir/secrets" or die;
print $fh "$K2\n$K1\n";
close $fh;

devrps_reset();
my %srv = (
    old      => MpinServer->start(store => $store, secret => $K1),
    rotating => MpinServer->start(store => $store, secret => "$K2 $K1"),
    new      => MpinServer->start(store => $store, secret => $K2),
    file     => MpinServer->start(store => $store, conf => "MpinSessionSecretFile $dir/secrets\n"),
);

sub user_on {
    my ($name, $cookie) = @_;
    my $r = http(GET => $srv{$name}->url('/protected'), undef, nav_headers(),
                 Cookie => "mpin_session=$cookie");
    return $r->code == 200 && $r->content =~ /You are logged in as (\w+)/ ? $1 : $r->code;
}

my $old = login_at($srv{old}->url, 'alice');
my ($id, $tag) = split /\./, $old;
is($tag, cookie_tag(session_key($K1), $id, 'mpin_session'), 'a server with K1 signs with K1');
is(user_on(old => $old), 'alice', 'K1 cookie on the K1 server: accepted');
is(user_on(rotating => $old), 'alice', 'K1 cookie on a "K2 K1" server: accepted while rotating');
is(user_on(file => $old), 'alice', 'K1 cookie on a server whose secret file has K2 then K1: accepted');
is(user_on(new => $old), 302, 'K1 cookie on a K2-only server: refused');
like($srv{new}->log, qr/MPIN01108: session cookie with a bad tag ignored/, '  for its tag');

my $new = login_at($srv{rotating}->url, 'bob');
($id, $tag) = split /\./, $new;
is($tag, cookie_tag(session_key($K2), $id, 'mpin_session'), 'a "K2 K1" server signs with K2');
is(user_on(new => $new), 'bob', 'K2 cookie on the K2 server: accepted');
is(user_on(file => $new), 'bob', 'K2 cookie on the secret-file server: accepted');
is(user_on(old => $new), 302, 'K2 cookie on a K1-only server: refused');

my $filed = login_at($srv{file}->url, 'carol');
($id, $tag) = split /\./, $filed;
is($tag, cookie_tag(session_key($K2), $id, 'mpin_session'), 'the secret file\'s first line is the current key');

# A restart that retires K1 (same port, same store): the K1 session is over.
my $port = $srv{rotating}->port;
$srv{rotating}->stop;
is(user_on(old => $old), 'alice', 'the K1 session still lives in the store');
$srv{rotating} = MpinServer->start(store => $store, secret => $K2, port => $port);
is(user_on(rotating => $old), 302, 'after a restart with K2 alone, the K1 cookie is refused');
is(user_on(rotating => $new), 'bob', '  and the K2 cookie still accepted');

done_testing();
