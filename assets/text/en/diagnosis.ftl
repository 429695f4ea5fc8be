# "Why nothing was found" after a discovery (audit-core/src/discovery/diagnosis.rs): per cause a
# title, the evidence and next steps, then one summary line. Read by installers on site.

## Summary

diagnosis-summary-nothing = Nothing was found, and nothing points to a cause on our side.
# $causes: the titles of the causes below, listed.
diagnosis-summary-nothing-causes = Nothing was found. Likely causes: { $causes }.
diagnosis-summary-found = Found { $devices } BACnet device(s) and { $gateways } KNX gateway(s).
# $notes: the titles of the causes below, listed.
diagnosis-summary-found-notes = Found { $devices } BACnet device(s) and { $gateways } KNX gateway(s); note: { $notes }.

## The job stopped early

diagnosis-cancelled = The job was cancelled
diagnosis-cancelled-step = Run discovery again and let it finish.
diagnosis-budget = The job stopped after too many unanswered requests
diagnosis-budget-step-reachable = Check that the targets are switched on and reachable (ping, cable, VLAN).
diagnosis-budget-step-timeout = Raise the timeout or the error budget if the network is slow.
diagnosis-time-budget = The job ran out of time and stopped
diagnosis-time-budget-step-raise = Run it again with a larger --time-budget (seconds) if the building is large.
diagnosis-time-budget-step-claims = Look at the trust notes: a device that claims far more than it has makes a job long.
# $reason: cancelled, error-budget-exhausted or time-budget-exhausted.
diagnosis-stopped-evidence = stopped: { $reason }; { $sent } packets sent before that

## Sockets

diagnosis-bacnet-socket = BACnet/IP could not be used
diagnosis-bacnet-socket-step = Check the address given with --bind, or run with the rights to open UDP sockets.
diagnosis-knx-socket = KNXnet/IP could not be used
diagnosis-knx-socket-step = Check the address given with --bind.

## Broadcast and multicast

diagnosis-no-broadcast = The interface has no broadcast address
# $interface: its name, or diagnosis-the-chosen-interface.
diagnosis-no-broadcast-evidence = { $interface } has no IPv4 broadcast address, so no Who-Is could be broadcast
diagnosis-the-chosen-interface = the chosen interface
diagnosis-no-broadcast-step-interface = Choose the interface that is plugged into the building network (--interface).
diagnosis-no-broadcast-step-target = Or name the devices directly with --target IP.
diagnosis-multicast = The KNX multicast search could not be sent
diagnosis-multicast-evidence = no search request left this interface
diagnosis-multicast-step-interface = Choose an interface with multicast enabled.
diagnosis-multicast-step-target = Or name KNX gateways directly with --target IP:3671.

## The BACnet port was taken

diagnosis-port-in-use = The BACnet port was in use by another program
# $listener: yes when a broadcast listener still runs on the standard port.
diagnosis-port-in-use-evidence = UDP { $port } was taken (YABE, ETS, BAC0 or a BACnet service?); requests were sent from an ephemeral port and { $listener ->
        [yes] broadcast answers are still heard through the broadcast listener
       *[no] answers broadcast to that port are missed
    }
diagnosis-port-in-use-step-close = Close the other BACnet tool and run discovery again for a complete picture.
diagnosis-port-in-use-step-unicast = Devices that answer by unicast were found all the same.

## Answers from elsewhere, silent targets

diagnosis-unexpected-sources = Answers came from addresses outside the chosen network
diagnosis-unexpected-sources-evidence = from { $sources }
diagnosis-unexpected-sources-step-vlan = The laptop may be on another VLAN or subnet than expected: check the interface.
diagnosis-unexpected-sources-step-nat = A NAT or a BBMD may be forwarding; for KNX gateways behind NAT use --nat.
diagnosis-firewall = No target answered at all
diagnosis-firewall-evidence = nothing came back from { $targets }: not even an error, which is what a firewall dropping UDP looks like
diagnosis-firewall-step-laptop = Check the laptop's own firewall for UDP 47808 and 3671 (answers come back to us).
diagnosis-firewall-step-ports = Check that the target addresses and ports are right (BACnet may use 47808-47823).
diagnosis-firewall-step-site = A site firewall or router between us and the targets may drop UDP: test from the devices' subnet.
diagnosis-targets-silent = Some targets did not answer
diagnosis-targets-silent-evidence = no answer from { $targets }
diagnosis-targets-silent-step = Check those addresses and ports, and whether the devices are on.

## Routed networks

diagnosis-behind-router = Routers answered, but no device behind them
diagnosis-behind-router-evidence = { $routers } router(s) announced { $networks } remote network(s); Who-Is sent there got no I-Am
diagnosis-behind-router-step-bbmd = The remote networks may be other IP subnets joined by BBMDs: give the BBMD or the devices with --target.
diagnosis-behind-router-step-timeout = MS/TP trunks may be slow or down: raise --timeout.

## Nothing answered, nothing sent

diagnosis-no-answer = Nothing answered
diagnosis-no-answer-evidence = { $sent } packets sent, none received on { $scope }
diagnosis-no-answer-step-cable = Check the cable or Wi-Fi and that this interface is on the building network.
diagnosis-no-answer-step-firewall = Check the laptop's firewall: answers to our requests must be let in.
diagnosis-no-answer-step-target = If the devices are on another subnet, give them with --target.
diagnosis-nothing-sent = Nothing was sent
diagnosis-nothing-sent-evidence = the scope allowed no broadcast, no multicast and no target
diagnosis-nothing-sent-step = Choose an interface (--interface), an address (--bind) or targets (--target).
