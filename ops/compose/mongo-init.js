// Initiates replica set rs0 on the three members once, then waits for a primary.
try {
  rs.status();
  print("replica set already initiated");
} catch (e) {
  rs.initiate({
    _id: "rs0",
    members: [
      { _id: 0, host: "mongo1:27017", priority: 2 },
      { _id: 1, host: "mongo2:27017" },
      { _id: 2, host: "mongo3:27017" },
    ],
  });
}
for (let i = 0; i < 60; i++) {
  if (db.hello().isWritablePrimary || db.hello().primary) {
    print("primary: " + db.hello().primary);
    quit(0);
  }
  sleep(1000);
}
print("no primary after 60 s");
quit(1);
