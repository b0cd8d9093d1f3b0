# Registration for real deployments (issue 9): the e-mail activation flow
# with a real SMTP server and the development RPS, and the permit hook.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;
use Time::HiRes qw(sleep time);

plan tests => 35;
Test::More->builder->failure_output(\*STDERR);

my $maildir = "$ENV{MPIN_MAILDIR}/new";

# The mails to addr in the maildir, once there are at least $want (1): a
# deadline only for a mail that never comes (a busy machine may be slow).
sub mails_to {
    my ($addr, $want) = @_;
    my @found;
    my $end = time + 60;
    while (1) {
        @found = ();
        for my $f (sort glob "$maildir/*") {
            open my $fh, '<', $f or next;
            my $m = do { local $/; <$fh> };
            push @found, $m if $m =~ /^To: \Q$addr\E\r?$/m;
        }
        last if @found >= ($want // 1) || time > $end;
        sleep 0.1;
    }
    return @found;
}

sub link_in { my ($mail) = @_; $mail =~ m{(http://\S+/mpinActivate\?\S+)} ? $1 : undef }

sub register {
    my ($user, %extra) = @_;
    my $r = devrps(PUT => '/rps/user', {userId => $user, mobile => 0, %extra});
    return ($r, json_decode($r->content) || {});
}

sub hidden_fields {
    my ($html) = @_;
    my %f = $html =~ /<input type="hidden" name="(\w)" value="([^"]*)"/g;
    return join '&', map { "$_=" . MpinTest::url_encode($f{$_}) } sort keys %f;
}

devrps_reset(RPAVerifyUserURL => server_url() . '/act/mpinVerify');

# --- first registration: pending, mail sent with an absolute link
my ($r, $reg) = register('carol@example.com');
is($r->code, 200, 'registration with MpinForceActivate Off is accepted by the RPS');
ok(defined $reg->{active} && !$reg->{active}, 'and stays pending (empty 200 from the module)');
my ($mail) = mails_to('carol@example.com');
ok($mail, 'an activation e-mail reaches the SMTP server');
like($mail, qr/^From: mpin\@example\.com\r?$/m, 'from MpinMailFrom');
like($mail, qr/^Subject: Confirm your M-Pin identity/m, 'with a subject');
my $link = link_in($mail || '');
ok($link, 'with the activation link');
like($link, qr{^http://localhost:\d+/mpinActivate\?i=[0-9a-f]+&e=\d{4}-\d\d-\d\dT\d\d%3A\d\d%3A\d\dZ&s=[0-9a-f]{64}&m=[\w-]{43}$},
     'absolute, from MpinActivationURL, carrying mpinId, expiry, activateKey and a MAC');

# --- GET shows a confirmation page and activates nothing
devrps(DELETE => '/__dev/log');
(my $path = $link) =~ s{^http://[^/]+}{};
my $page = http(GET => $path);
is($page->code, 200, 'GET on the link: 200');
like($page->content, qr/Confirm your identity/, 'a confirmation page');
like($page->content, qr/carol\@example\.com/, 'naming the identity');
ok(!grep({ $_->{path} =~ m{^/user/} } @{ devrps_log() }), 'GET did not activate (no RPS call): mail scanners are harmless');

# --- POST activates at the RPS
my $form = hidden_fields($page->content);
my $post = http(POST => '/mpinActivate', $form, 'Content-Type' => 'application/x-www-form-urlencoded');
is($post->code, 200, 'POST the confirmation: 200');
like($post->content, qr/Identity verified/, '"identity verified, return to the PIN pad"');
my ($act) = grep { $_->{path} eq "/user/$reg->{mpinId}" } @{ devrps_log() };
ok($act, 'the RPS saw POST /user/<mpinId>');
is(json_decode($act->{body} || '{}')->{activateKey}, ($link =~ /&s=([0-9a-f]{64})/)[0],
   'with the activateKey of the link');
my $sig = devrps(GET => "/rps/signature/$reg->{mpinId}?regOTT=$reg->{regOTT}");
is($sig->code, 200, 'the PIN pad\'s next step (client secret share) now succeeds');

# --- the link again: used
$post = http(POST => '/mpinActivate', $form, 'Content-Type' => 'application/x-www-form-urlencoded');
is($post->code, 410, 'a reused link: 410');
like($post->content, qr/already been used or has expired/, '"link used or expired"');

# --- altered links never reach the RPS
devrps(DELETE => '/__dev/log');
for my $alter (['s', sub { $_[0] =~ s/&s=(.)/'&s=' . ($1 eq 'a' ? 'b' : 'a')/er }],
               ['e', sub { $_[0] =~ s/&e=2/&e=3/r }],
               ['i', sub { $_[0] =~ s/\?i=7b/?i=7c/r }],
               ['m', sub { $_[0] =~ s/&m=./&m=A/r }]) {
    my $bad = http(GET => $alter->[1]->($path));
    is($bad->code, 400, "a link with an altered $alter->[0]: 400");
}
is(http(GET => '/mpinActivate?i=00&e=x')->code, 400, 'an incomplete link: 400');
ok(!grep({ $_->{path} =~ m{^/user/} } @{ devrps_log() }), 'none of them reached the RPS');

# --- resend: same flow, a second mail
my ($r2, $reg2) = register('dave@example.com');
($r2) = devrps(PUT => "/rps/user/$reg2->{mpinId}", {userId => 'dave@example.com', mobile => 0, regOTT => $reg2->{regOTT}});
is($r2->code, 200, 'a resend is accepted');
is(scalar(my @dave = mails_to('dave@example.com', 2)), 2, 'and sends the mail again');

# --- expired link
devrps_config(VerifyUserExpireSeconds => 0);
register('erin@example.com');
my ($emails) = mails_to('erin@example.com');
(my $epath = link_in($emails || '') // '') =~ s{^http://[^/]+}{};
sleep 1.1;
my $exp = http(GET => $epath);
is($exp->code, 410, 'an expired link: 410');
like($exp->content, qr/already been used or has expired/, 'says so');
devrps_config(VerifyUserExpireSeconds => 3600);

# --- SMTP down: /mpinVerify answers 500, the RPS tells the client
devrps_config(RPAVerifyUserURL => server_url() . '/act-smtp-down/mpinVerify');
my ($down) = register('frank@example.com');
is($down->code, 500, 'SMTP down: the registration fails (RPS relays 500)');
my $log = do { local $/; open my $fh, '<', 't/logs/error_log' or die; <$fh> };
like($log, qr/MPIN01707: activation e-mail to frank\@example\.com not sent/, 'and the module logs why');

# --- permit hook
sub mpin_id_for { unpack 'H*', '{"mobile": 0, "issued": "2026-11-29 10:00:00.000000", "userID": "' . $_[0] . '", "salt": "00"}' }
is(http(GET => '/act/permit?mpin_id=' . mpin_id_for('alice@example.com'))->code, 200, 'permit: allowed user 200');
is(http(GET => '/act/permit?mpin_id=' . mpin_id_for('mallory@example.com'))->code, 403, 'permit: other user 403');
is(http(GET => '/act/permit?mpin_id=zz')->code, 400, 'permit: mpin_id not hex 400');
is(http(GET => '/act/permit?mpin_id=' . unpack('H*', 'not json'))->code, 400, 'permit: not JSON 400');

# --- the RPS's RPAPermitUserURL wired to it: a removed user fails at the time permit
devrps_config(RPAVerifyUserURL => server_url() . '/mpinVerify', RPAPermitUserURL => server_url() . '/act/permit');
my (undef, $m) = register('mallory@example.com');
is(devrps(GET => "/rps/timePermit/$m->{mpinId}")->code, 403, 'a user outside the list gets no time permit (403)');
