# Sessions and the authOTT replay guard survive a graceful restart (SIGUSR1,
# what logrotate's reload sends) and a restart (SIGHUP) of the default
# shared-memory store, on event and on prefork; a changed store
# configuration starts a fresh cache and says so once; a stop ends them and
# leaves a clean log.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;
use MpinServer qw(login_at nav_headers);

Test::More->builder->failure_output(\*STDERR);

sub user_on {
    my ($srv, $cookie) = @_;
    my $r = http(GET => $srv->url('/protected'), undef, nav_headers(),
                 Cookie => "mpin_session=$cookie");
    return $r->code == 200 && $r->content =~ /You are logged in as (\w+)/ ? $1 : $r->code;
}

sub authenticate {
    my ($srv, $ott) = @_;
    return http(POST => $srv->url('/mpinAuthenticate'), {mpinResponse => {authOTT => $ott}},
                'Content-Type' => 'application/json');
}

devrps_reset();
for my $mpm (qw(event prefork)) {
    # no MpinSessionSecret: the default, whose random key must outlive the
    # restarts as well
    my $srv = MpinServer->start(mpm => $mpm);
    like($srv->log, qr/mpm_$mpm:notice/, "$mpm: the server runs on $mpm");
    my %cookie = map { $_ => scalar login_at($srv->url, $_) } qw(alice bob);
    is(user_on($srv, $cookie{$_}), $_, "$mpm: $_ is logged in") for qw(alice bob);
    my $ott = devrps_mint('carol', 1);
    is(authenticate($srv, $ott)->code, 200, "$mpm: carol logs in with an authOTT");

    $srv->graceful;
    is(user_on($srv, $cookie{$_}), $_, "$mpm: after a graceful restart $_ is still logged in")
        for qw(alice bob);
    my $r = authenticate($srv, $ott);
    is($r->code, 408, "$mpm: carol's authOTT sent again after the graceful restart is refused");
    like($srv->log, qr/MPIN01601: login refused: authOTT replayed/,
         "$mpm:   by the module's replay guard, which the restart kept");

    $srv->restart;
    is(user_on($srv, $cookie{$_}), $_, "$mpm: after a restart (SIGHUP) $_ is still logged in")
        for qw(alice bob);
    my $dave = scalar login_at($srv->url, 'dave');
    is(user_on($srv, $dave), 'dave', "$mpm: a new login works after the restarts");
    $srv->graceful;
    is(user_on($srv, $dave), 'dave', "$mpm:   and survives the next graceful restart");

    # a different size is a different cache
    $srv->reconfigure(conf => 'MpinSessionCacheSize 5000');
    $srv->graceful;
    is(user_on($srv, $cookie{alice}), 302, "$mpm: a changed MpinSessionCacheSize starts an empty cache");
    my @notices = $srv->log =~ /(MPIN03006: the configuration of the session cache changed)/g;
    is(scalar @notices, 1, "$mpm:   and says so once, at notice");
    my $erin = scalar login_at($srv->url, 'erin');
    $srv->graceful;
    is(user_on($srv, $erin), 'erin', "$mpm:   whose sessions then survive a graceful restart");
    @notices = $srv->log =~ /(MPIN03006)/g;
    is(scalar @notices, 1, "$mpm:   without a second notice");

    $srv->stop;
    my $log = $srv->log;
    like($log, qr/caught SIGTERM, shutting down/, "$mpm: the server stops");
    unlike($log, qr/exit signal|Segmentation|AH00052/, "$mpm:   and no process crashed, at any time");
}

done_testing();
