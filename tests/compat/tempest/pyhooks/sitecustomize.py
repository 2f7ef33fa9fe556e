# Loaded by every Python process of our Tempest runs (PYTHONPATH, see run-tempest.mjs).
#
# Debian's tempest package adds `time.sleep(10)` at the start of SubnetsClient.delete_subnet
# (debian/patches/add-delay-in-subnet-teardown.patch: Neutron tears ports down asynchronously).
# Upstream Tempest has no such sleep. Every test class with dynamic credentials deletes a subnet,
# so the sleep alone cost minutes of each run's time budget. Only that sleep is removed, and only
# when the packaged method is the patched one; the request Tempest then sends is unchanged.
import inspect

try:
    from tempest.lib.services.network import subnets_client as _subnets

    _orig = _subnets.SubnetsClient.delete_subnet
    if 'time.sleep(10)' in inspect.getsource(_orig):

        def delete_subnet(self, subnet_id):
            return self.delete_resource('/subnets/%s' % subnet_id)

        delete_subnet.__doc__ = _orig.__doc__
        _subnets.SubnetsClient.delete_subnet = delete_subnet
except Exception:  # tempest missing or changed: run it as packaged
    pass
