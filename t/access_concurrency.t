# Concurrent logins and logouts under mpm_event (security item 13): thirty
# clients at once, each logging in as its own user, using the session,
# logging out and checking that the session is dead; and twenty clients
# sharing one session.  No 500, every session id distinct, each client sees
# only its own user, and the server survives.  The protected resource is a
# static file whose answer says which user httpd had (X-Echo-Identity, see
# t/conf/extra.d/access.conf): no CGI to start for each request.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use Apache::TestRequest ();
use lib 't/lib';
use MpinTest;
use MpinServer qw(log_offset log_since xhr_headers nav_headers);

Test::More->builder->failure_output(\*STDERR);

my $CLIENTS = 30;
my $PROTECTED = '/private/secret.html';

sub user_of {
    my ($r) = @_;
    return '' unless $r->code == 200 && $r->content =~ /TOP-SECRET-STATIC/;
    return (split /\|/, $r->header('X-Echo-Identity') // '')[0] // '';
}
my $SHARED = 20;

devrps_reset();
my $off = log_offset();

my @res = in_parallel($CLIENTS, sub {
    my ($i) = @_;
    my $user = sprintf 'user%02d', $i;
    my %out = (user => $user, codes => []);
    my $ott = devrps_mint($user, 1);
    my $r = http(POST => '/access/conc/mpinAuthenticate', {mpinResponse => {authOTT => $ott}},
                 'Content-Type' => 'application/json');
    push @{$out{codes}}, $r->code;
    $out{cookie} = cookie_from($r) // '';
    for (1 .. 2) {
        $r = http(GET => $PROTECTED, undef, xhr_headers(), Cookie => "mpin_session=$out{cookie}");
        push @{$out{codes}}, $r->code;
        push @{$out{seen}}, user_of($r);
    }
    $r = http(GET => '/logout', undef, nav_headers(), Cookie => "mpin_session=$out{cookie}");
    push @{$out{codes}}, $r->code;
    $r = http(GET => $PROTECTED, undef, xhr_headers(), Cookie => "mpin_session=$out{cookie}");
    push @{$out{codes}}, $r->code;
    return \%out;
});

is(scalar(grep { !$_->{error} } @res), $CLIENTS, "$CLIENTS clients ran") or diag(json_encode([grep { $_->{error} } @res]));
is(scalar(grep { join(',', @{$_->{codes} || []}) eq '200,200,200,302,401' } @res), $CLIENTS,
   'each logged in, used its session twice, logged out, and was refused after')
    or diag(join "\n", map { "$_->{user}: @{$_->{codes} || []}" } @res);
is(scalar(grep { my $u = $_->{user}; !grep { $_ ne $u } @{$_->{seen} || ['?']} } @res), $CLIENTS,
   'each saw only its own user');
my %ids = map { (split /\./, $_->{cookie} // '')[0] // '' => 1 } @res;
delete $ids{''};
is(scalar keys %ids, $CLIENTS, 'every session id is distinct');
ok(!grep({ grep { $_ >= 500 } @{$_->{codes} || []} } @res), 'no 5xx at all');

# Twenty clients hammering one session (its last-use time is written back
# while others read it).
my $shared = login_as('shared-user');
@res = in_parallel($SHARED, sub {
    my @codes;
    for (1 .. 5) {
        my $r = http(GET => $PROTECTED, undef, xhr_headers(), Cookie => "mpin_session=$shared");
        push @codes, $r->code == 200 ? user_of($r) : $r->code;
    }
    return {codes => \@codes};
});
is(scalar(grep { join(',', @{$_->{codes} || []}) eq join(',', ('shared-user') x 5) } @res), $SHARED,
   "$SHARED clients sharing one session: all 200 requests saw its user");

# Logins and logouts racing on one user: the logged-out sessions are dead,
# the others live.
@res = in_parallel(20, sub {
    my ($i) = @_;
    my $c = MpinServer::login_at(server_url() . '/access/conc', 'racer');
    my $out = $i % 2 ? http(GET => '/logout', undef, Cookie => "mpin_session=$c")->code : 0;
    my $r = http(GET => $PROTECTED, undef, xhr_headers(), Cookie => "mpin_session=$c");
    return {i => $i, logout => $out, after => $r->code};
});
is(scalar(grep { $_->{i} % 2 ? $_->{after} == 401 : $_->{after} == 200 } @res), 20,
   'twenty logins of one user, half logged out at once: exactly those are dead');

my $log = log_since($off);
unlike($log, qr/exit signal|Segmentation|AH00052|MPIN0100[67]|MPIN01102|MPIN01110/,
       'no crashed child, no lock or store failure in the error log');
is(http(GET => '/static.html')->code, 200, 'the server still serves');

done_testing();
