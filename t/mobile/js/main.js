/* mobile app test script */ var mpinMobile = true;
