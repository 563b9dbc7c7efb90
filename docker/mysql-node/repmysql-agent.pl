#!/usr/bin/perl
# HAProxy agent-check for a node of the read pool. HAProxy connects every check interval and reads one line:
#   "ready"  both replication threads run and the lag is at most the bound (or the node replicates from nobody)
#   "drain"  a thread is stopped, the lag is unknown, or it exceeds the bound: no new read connections
# Usage: repmysql-agent.pl BIND_ADDRESS PORT MAX_LAG_SECONDS
# The root password is read from the secrets file the provisioner copied in; it is never logged or passed on a
# command line (the client takes it from MYSQL_PWD).
use strict;
use warnings;
use IO::Socket::INET;

my ($bind, $port, $max_lag) = @ARGV;
die "usage: repmysql-agent.pl BIND_ADDRESS PORT MAX_LAG_SECONDS\n" unless defined $max_lag;
my $client_bin = -x '/usr/bin/mariadb' ? 'mariadb' : 'mysql';
my $listener = IO::Socket::INET->new(LocalAddr => $bind, LocalPort => $port, Listen => 16, ReuseAddr => 1)
    or die "[repmysql-agent] cannot listen on $bind:$port: $!\n";
print STDERR "[repmysql-agent] answering HAProxy agent checks on $bind:$port (max lag ${max_lag}s)\n";
$SIG{PIPE} = 'IGNORE';

while (my $peer = $listener->accept()) {
    my $answer = eval { state() } // 'drain';
    print $peer "$answer\n";
    close $peer;
}

sub state {
    open(my $secret, '<', '/etc/repmysql/secrets/root') or return 'drain';
    my $password = <$secret>;
    close $secret;
    chomp $password;
    local $ENV{MYSQL_PWD} = $password;
    open(my $status, '-|', $client_bin, '--protocol=socket', '--socket=/run/mysqld/mysqld.sock', '-uroot',
        '--connect-timeout=2', '--vertical', '-e', 'SHOW REPLICA STATUS') or return 'drain';
    my %field;
    while (my $line = <$status>) {
        $field{$1} = $2 if $line =~ /^\s*(\w+):\s*(.*?)\s*$/;
    }
    close $status;
    return 'drain' if $? != 0;
    return 'ready' unless %field;
    my $io = $field{Slave_IO_Running} // $field{Replica_IO_Running} // '';
    my $sql = $field{Slave_SQL_Running} // $field{Replica_SQL_Running} // '';
    my $lag = $field{Seconds_Behind_Master} // $field{Seconds_Behind_Source} // 'NULL';
    return 'drain' unless $io eq 'Yes' && $sql eq 'Yes';
    return 'drain' if $lag eq 'NULL' || $lag > $max_lag;
    return 'ready';
}
