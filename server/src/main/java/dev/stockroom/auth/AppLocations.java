package dev.stockroom.auth;

/** Which locations an app's agency token reaches: those its install approved, not every location of the company. */
public interface AppLocations {
    boolean isApproved(String appId, String locationId);
}
